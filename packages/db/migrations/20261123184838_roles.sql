-- The five roles. Reference data: the code names are used by the server's authorisation, the names by the UI.
INSERT INTO "roles" ("code", "name", "rank") VALUES
  ('admin', '系统管理员', 50),
  ('finance_reviewer', '财政审核', 40),
  ('department_reviewer', '部门审核', 30),
  ('unit_editor', '单位填报', 20),
  ('viewer', '只读', 10);
