-- The structured answers of an application's task list beyond the first free-text fields: the project type, the
-- target group's age, size and selection, the method's kind and references, the partners' roles and co-financing
-- per year, the indicators, the budget per year and category, the project leader and the project type's own
-- questions. One document per application, written only through the application module; saved per section.
alter table application add column answers jsonb not null default '{}'::jsonb;
