-- The roles' database beside the test suite's `test` database; Tripwire migrates it on start.
CREATE DATABASE tripwire;
