"""What the office publishes and reports from its cases (issue "Registers, reports and the
dashboard"): ``dik`` the Daftar Informasi yang Dikecualikan across cases, ``export`` its
CSV and XLSX files."""
