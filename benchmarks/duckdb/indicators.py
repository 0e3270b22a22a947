"""Runs indicators.sql with DuckDB over a community `backbone synth` wrote, for `backbone bench pipeline`.

usage:
  indicators.py --derive COMMUNITY ASSESSMENTS_CSV   Ed-Fi XML (state/assessment_*.xml.gz) -> CSV
  indicators.py COMMUNITY ASSESSMENTS_CSV            the indicators, as CSV on standard output:
                                                     indicator,school_year,numerator,denominator

DuckDB has no XML reader, so the state assessment is turned into a CSV first (Python's own
streaming XML parser), in a separate step that the benchmark times apart.
"""
import csv
import glob
import gzip
import os
import sys
import xml.etree.ElementTree as ElementTree

EDFI = "{http://ed-fi.org/5.2.0}"
LEVELS = {"Below Basic": 1, "Basic": 2, "Proficient": 3, "Advanced": 4}
SUBJECTS = {"SA-ELA-": "ela", "SA-Math-": "math"}


def derive(community, out):
    """One row per StudentAssessment: student, ending school year, subject, performance level."""
    partial = out + ".partial"
    # Record-level (student ids): owner-only, like every such file Backbone writes.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["student", "school_year", "subject", "level"])
        for path in sorted(glob.glob(os.path.join(community, "state", "assessment_*.xml.gz"))):
            with gzip.open(path) as xml:
                for _, element in ElementTree.iterparse(xml):
                    if element.tag != EDFI + "StudentAssessment":
                        continue
                    identifier = element.findtext(f"{EDFI}AssessmentReference/{EDFI}AssessmentIdentity/{EDFI}AssessmentIdentifier") or ""
                    subject = next((s for prefix, s in SUBJECTS.items() if identifier.startswith(prefix)), None)
                    descriptor = element.findtext(f"{EDFI}PerformanceLevel/{EDFI}PerformanceLevel") or ""
                    level = LEVELS.get(descriptor.rpartition("#")[2], "")
                    year = element.findtext(f"{EDFI}SchoolYear") or ""
                    student = element.findtext(f"{EDFI}StudentReference/{EDFI}StudentIdentity/{EDFI}StudentUniqueId")
                    if subject and student and year[:4].isdigit():
                        writer.writerow([student, int(year[:4]) + 1, subject, level])
                    element.clear()
    os.replace(partial, out)


def indicators(community, assessments):
    import duckdb

    sql = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "indicators.sql")).read()
    connection = duckdb.connect()
    connection.execute("SET VARIABLE community = ?", [os.path.abspath(community)])
    connection.execute("SET VARIABLE assessments = ?", [os.path.abspath(assessments)])
    rows = connection.execute(sql).fetchall()  # every statement in turn; the last one's rows
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["indicator", "school_year", "numerator", "denominator"])
    writer.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--derive":
        derive(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3:
        indicators(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
