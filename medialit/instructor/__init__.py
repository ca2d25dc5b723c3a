"""Instructor tools: assign exercises, grade exported answers, class dashboard data, nbgrader, new articles.

Submissions are data: they are parsed and checked, never executed.
"""
