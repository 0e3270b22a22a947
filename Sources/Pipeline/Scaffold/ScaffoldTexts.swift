/// The files `backbone init` writes, as text a data manager reads and edits.
enum ScaffoldTexts {
    static func pipeline(partnership: String) -> String {
        """
        # \(partnership): the pipeline Backbone runs every night.
        # Reference: docs/pipeline-file.md in Backbone's repository. Check it with
        #   backbone check pipeline.yml
        # and run it with
        #   backbone run pipeline.yml
        # Paths are relative to this file.
        backbone: 1

        partnership:
          name: \(partnership)
          vision: Every child, from cradle to career, ready for school, succeeding in school, and ready for a career.

        # Every organization that sends data. Kinds: district, state, early_learning, cbo, postsecondary.
        partners:
          district: { name: Our School District, kind: district }
          afterschool: { name: Our After-School Program, kind: cbo }

        # Each export: which partner sends it, where it is, which canonical table it fills
        # (`backbone schema` lists them) and which column holds each field.
        sources:
          district_students:
            partner: district
            path: exports/district/students.csv
            table: person
            fields:
              person_id: Student_Number
              state_id: State_ID
              last_name: Last_Name
              first_name: First_Name
              birth_date: { column: DOB, format: MM/DD/YYYY }
              sex: { column: Gender, codes: { M: male, F: female } }
              zip: Zip
            rules:
              - unique: person_id
              - required: birth_date
              # A nightly export that shrank by more than a tenth stops the run before publishing.
              - row_count: { min: 1, max_shrink: 10% }

          district_enrollment:
            partner: district
            path: exports/district/enrollment.csv
            table: enrollment
            fields:
              person_id: Student_Number
              school_id: School_ID
              school_year: School_Year
              grade: Grade_Level
              entry_date: { column: Entry_Date, format: MM/DD/YYYY }
              exit_date: { column: Exit_Date, format: MM/DD/YYYY }
            # Rows failing error rules are quarantined; above 2% of rows the run stops.
            threshold: 2%
            rules:
              - references: { field: person_id, source: district_students }
              - check: { expression: "exit_date >= entry_date", name: exit_after_entry }

          district_attendance:
            partner: district
            path: exports/district/attendance.csv
            table: attendance
            fields:
              person_id: Student_Number
              school_id: School_ID
              school_year: School_Year
              days_enrolled: Days_Enrolled
              days_present: Days_Present
            rules:
              - references: { field: person_id, source: district_students }
              - check: { expression: "days_present <= days_enrolled", name: present_within_enrolled }

          # A community organization's roster carries no district ID: Backbone links it by
          # name, birth date, school and ZIP.
          afterschool_participants:
            partner: afterschool
            path: exports/afterschool/participants.csv
            table: person
            fields:
              person_id: Participant_ID
              first_name: First_Name
              last_name: Last_Name
              birth_date: { column: Birth_Date, format: YYYY-MM-DD }
              zip: Zip
            rules:
              - required: { field: birth_date, severity: warn }

          afterschool_programs:
            partner: afterschool
            path: exports/afterschool/participants.csv
            table: program
            fields:
              person_id: Participant_ID
              program: Program
              school_year: School_Year
              hours: Hours
            rules:
              - range: { field: hours, min: 0, max: 1000 }

        stages:
          link:
            reference: district_students
            link_threshold: 95%         # a best candidate this likely is linked
            review_threshold: 50%       # between the two thresholds, a person decides (private review queue)
            expected_match_share: 80%   # share of participants expected to be district students

          measure:
            minimum_cell_size: 10       # smaller groups are hidden, and enough others that none can be worked out
            top_bottom_coding: banded
            indicators:
              - id: chronic_absence
                name: Chronic absence
                description: Share of K–12 students enrolled at least 10 days who missed 10% or more of them.
                population: grade >= 0 and days_enrolled >= 10
                numerator: days_absent / days_enrolled >= 0.10
                baseline: 2024
                target: 0.12
                direction: down

              - id: program_reach
                name: Reach of community programs
                description: Share of K–12 students who took part in a partner organization's program during the school year.
                population: grade >= 0
                numerator: participant
                baseline: 2024
                target: 0.40
                direction: up

          report:
            templates: reports/card
            title: \(partnership) Report Card

        """
    }

    static func readme(partnership: String) -> String {
        """
        # \(partnership) — Backbone project

        - `pipeline.yml` — the pipeline: partners, their exports, rules, indicators. `backbone check pipeline.yml`
          checks it without opening any export.
        - `exports/` — partners' exports, one folder per partner (each folder's README says what goes there).
        - `reports/card/` — the report card's templates and stylesheet, yours to edit.
        - `out/pipeline/` — the published report card, with `manifest.json`; `out/pipeline.history.sqlite` — run history.
        - `private/pipeline/` — record-level files (quarantined rows, the crosswalk, the review queue), owner-only.
          Never publish or commit this folder.

        ## Every night

        A crontab line (`crontab -e`) that runs at 02:15, waits for a run still publishing, and logs JSON events:

            15 2 * * * cd /path/to/this/project && backbone run pipeline.yml --wait --log-format json >> run.log 2>&1

        Exit statuses: 0 published; 1 internal error; 2 the pipeline file is wrong; 4 data-quality checks stopped
        the run; 5 an export is missing, unreadable or changed shape; 6 another run was publishing. Only 0 publishes;
        otherwise the last good card stays as it was.

        ## Auditing

            backbone verify out/pipeline

        reruns the card from its manifest and compares every file byte for byte.

        """
    }

    static let gitignore = """
        # Record-level data and run outputs stay out of version control.
        /private/
        /out/
        /exports/**/*.csv
        /exports/**/*.xml
        /exports/**/*.gz
        run.log

        """

    static let exportFolders: [(String, String)] = [
        (
            "district",
            """
            # District exports

            Put the district's nightly exports here: `students.csv` (Student_Number, State_ID, Last_Name, First_Name,
            DOB as MM/DD/YYYY, Gender, Zip), `enrollment.csv` (Student_Number, School_ID, School_Year, Grade_Level,
            Entry_Date, Exit_Date) and `attendance.csv` (Student_Number, School_ID, School_Year, Days_Enrolled,
            Days_Present). Change the column names in `pipeline.yml` to match your student information system.

            """
        ),
        (
            "afterschool",
            """
            # After-school program exports

            Put `participants.csv` here: Participant_ID, First_Name, Last_Name, Birth_Date (YYYY-MM-DD), Zip, Program,
            School_Year, Hours — one row per participant and program year.

            """
        ),
    ]
}
