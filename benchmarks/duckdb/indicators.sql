-- Riverton's indicators for all students, in plain DuckDB SQL over the partners' files: the
-- peer `backbone bench pipeline` times beside Backbone's extract + measure and checks against
-- Backbone's indicators.csv (the `dimension = all` rows).
--
-- The definitions are pipelines/riverton.yml's, on Backbone's student-year frame
-- (Sources/Measure/Frame): one row per student and school year that has an enrollment row with
-- a grade and a school; grade from the row covering the October 1 count date, else the latest
-- entry; attendance days summed over the year's rows; a retest keeps the best level.
--
-- Variables (SET VARIABLE, or benchmarks/duckdb/indicators.py sets them):
--   community    the folder `backbone synth` wrote (district/, early_learning/, state/)
--   assessments  a CSV derived from state/assessment_*.xml.gz by indicators.py --derive
--                (student, school_year, subject, level): the state assessment is gzipped Ed-Fi
--                XML, which DuckDB does not read.
-- Not replicated: validation (quarantined rows; the generated district files have none) and
-- linkage (program_reach and the organization groups need it), nor the Clearinghouse indicators.

CREATE OR REPLACE TEMP MACRO ending_year(label) AS CAST(left(label, 4) AS INTEGER) + 1;

CREATE OR REPLACE TEMP TABLE enrollment AS
SELECT
    Student_Number AS student,
    ending_year(School_Year) AS school_year,
    CASE WHEN upper(Grade_Level) = 'K' THEN 0 ELSE TRY_CAST(Grade_Level AS INTEGER) END AS grade,
    School_ID AS school,
    try_strptime(Entry_Date, '%m/%d/%Y')::DATE AS entry,
    try_strptime(Exit_Date, '%m/%d/%Y')::DATE AS exit,
    Exit_Code AS exit_code,
    TRY_CAST(Cohort_Year AS INTEGER) AS cohort,
    row_number() OVER () AS line
FROM read_csv(getvariable('community') || '/district/enrollment.csv', all_varchar = true, header = true);

-- One row per student-year: grade on the count date (ties to the row read first), and the exit
-- of the year's latest entry.
CREATE OR REPLACE TEMP TABLE frame AS
WITH usable AS (
    SELECT *,
        coalesce(entry <= make_date(school_year - 1, 10, 1), true)
            AND coalesce(exit >= make_date(school_year - 1, 10, 1), true) AS covers
    FROM enrollment
    WHERE grade IS NOT NULL AND coalesce(school, '') <> '' AND school_year IS NOT NULL
),
ranked AS (
    SELECT *,
        row_number() OVER (PARTITION BY student, school_year ORDER BY covers DESC, entry DESC NULLS LAST, line) AS by_count_date,
        row_number() OVER (PARTITION BY student, school_year ORDER BY entry DESC NULLS LAST, line) AS by_latest_entry
    FROM usable
),
-- Each student's cohort: the first one given, in school-year order, then file order.
cohorts AS (
    SELECT student, arg_min(cohort, (school_year, line)) AS student_cohort
    FROM usable WHERE cohort IS NOT NULL GROUP BY student
)
SELECT
    student, school_year,
    max(grade) FILTER (WHERE by_count_date = 1) AS grade,
    max(exit_code) FILTER (WHERE by_latest_entry = 1) AS exit_code,
    any_value(student_cohort) AS cohort
FROM ranked LEFT JOIN cohorts USING (student)
GROUP BY student, school_year;

CREATE OR REPLACE TEMP TABLE attendance AS
SELECT Student_Number AS student, ending_year(School_Year) AS school_year,
    sum(TRY_CAST(Days_Enrolled AS INTEGER)) AS enrolled, sum(TRY_CAST(Days_Present AS INTEGER)) AS present
FROM read_csv(getvariable('community') || '/district/attendance_*.csv.gz', all_varchar = true, header = true)
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE readiness AS
SELECT Student_Number AS student, ending_year(School_Year) AS school_year,
    max(CASE Overall_Result WHEN 'Demonstrating Readiness' THEN 3 WHEN 'Approaching' THEN 2 WHEN 'Emerging' THEN 1 END) AS level
FROM read_csv(getvariable('community') || '/early_learning/kindergarten_readiness_*.csv', all_varchar = true, header = true)
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE tests AS
SELECT student, school_year, subject, max(level) AS level
FROM read_csv(getvariable('assessments'), all_varchar = false, header = true,
    columns = {'student': 'VARCHAR', 'school_year': 'INTEGER', 'subject': 'VARCHAR', 'level': 'INTEGER'})
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE indicator_counts AS
WITH graduation AS (
    SELECT f.*, lead(school_year) OVER (PARTITION BY student ORDER BY school_year) AS next_school_year
    FROM frame f
)
SELECT 'kindergarten_readiness' AS indicator, f.school_year,
    count(*) FILTER (WHERE r.level >= 3) AS numerator, count(*) AS denominator
FROM frame f JOIN readiness r USING (student, school_year)
WHERE f.grade = 0 AND r.level IS NOT NULL
GROUP BY ALL
UNION ALL
SELECT 'third_grade_reading', f.school_year, count(*) FILTER (WHERE t.level >= 3), count(*)
FROM frame f JOIN tests t USING (student, school_year)
WHERE t.subject = 'ela' AND f.grade = 3 AND t.level IS NOT NULL
GROUP BY ALL
UNION ALL
SELECT 'eighth_grade_math', f.school_year, count(*) FILTER (WHERE t.level >= 3), count(*)
FROM frame f JOIN tests t USING (student, school_year)
WHERE t.subject = 'math' AND f.grade = 8 AND t.level IS NOT NULL
GROUP BY ALL
UNION ALL
-- days_absent / days_enrolled >= 0.10, in integers.
SELECT 'chronic_absence', f.school_year, count(*) FILTER (WHERE 10 * (a.enrolled - a.present) >= a.enrolled), count(*)
FROM frame f JOIN attendance a USING (student, school_year)
WHERE f.grade >= 0 AND a.enrolled >= 10
GROUP BY ALL
UNION ALL
-- The cohort's last year in the window decides; documented leavers leave the cohort.
SELECT 'graduation_4_year', cohort + 3, count(*) FILTER (WHERE exit_code = 'GR'), count(*)
FROM graduation
WHERE school_year BETWEEN cohort AND cohort + 3
    AND (next_school_year IS NULL OR next_school_year > cohort + 3)
    AND exit_code NOT IN ('TO', 'EM', 'JF', 'DC')
    AND cohort + 3 IN (2025, 2026)
GROUP BY ALL;

SELECT indicator, school_year, numerator, denominator FROM indicator_counts ORDER BY indicator, school_year;
