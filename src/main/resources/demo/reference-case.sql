-- Demo data: the VGR reference case 2014–2015 (Västra Götalandsregionens sociala investeringsmedel).
-- Source: Kastberg & Hermansson, Sociala investeringar i praktiken (KFi 2016 / VGR Utvärderingsrapport 2016:1),
-- summarised in /work/shared/DOMAIN.md "Reference case". Everything the report does not state is invented:
-- invented = true where the table has that column, otherwise "(påhittat för demo)" in the text.
-- Money is bigint öre (1 kr = 100 öre). Runs once, in one transaction, on an empty database.
-- Plain statements only (no DO blocks): executed by Spring's ScriptUtils, split on ';'.

-- organisation: the region, its boards and units, and municipalities. invented = the organisation's role in the case is not in the report
insert into organisation (id, name, org_number, kind, invented) values
    (1, 'Västra Götalandsregionen', '232100-0131', 'REGION', false),
    (2, 'Regionutvecklingsnämnden', null, 'REGION_UNIT', false),
    (3, 'Folkhälsokommittén', null, 'REGION_UNIT', false),
    (4, 'Hälso- och sjukvårdsnämnderna', null, 'REGION_UNIT', false),
    (5, 'Kommittén för rättighetsfrågor', null, 'REGION_UNIT', false),
    (6, 'Gullspångs kommun', null, 'MUNICIPALITY', false),
    (7, 'Borås stad', null, 'MUNICIPALITY', false),
    (8, 'Göteborgs Stad', null, 'MUNICIPALITY', false),
    (9, 'Grästorps kommun', null, 'MUNICIPALITY', false),
    (10, 'Närhälsans utvecklingscentrum för barns psykiska hälsa (NUPH)', null, 'REGION_UNIT', false),
    (11, 'Psykologenheten Väster, SDF Västra Göteborg', null, 'MUNICIPAL_UNIT', false),
    (12, 'Närvårdssamverkan Södra Älvsborg', null, 'REGION_UNIT', false),
    (13, 'Barn- och ungdomspsykiatriska kliniken Södra Älvsborgs Sjukhus', null, 'REGION_UNIT', false),
    (14, 'Närhälsan Gullspång vårdcentral', null, 'REGION_UNIT', false),
    (15, 'Skagerns vård- och hälsoenhet', null, 'OTHER', false),
    (16, 'FoU Sjuhärad', null, 'OTHER', false),
    (17, 'Sahlgrenska universitetssjukhuset', null, 'REGION_UNIT', false),
    (18, 'Regionutvecklingssekretariatet (RUS)', null, 'REGION_UNIT', false),
    (19, 'Bollebygds kommun', null, 'MUNICIPALITY', true),
    (20, 'Herrljunga kommun', null, 'MUNICIPALITY', true),
    (21, 'Marks kommun', null, 'MUNICIPALITY', true),
    (22, 'Svenljunga kommun', null, 'MUNICIPALITY', true),
    (23, 'Tranemo kommun', null, 'MUNICIPALITY', true),
    (24, 'Ulricehamns kommun', null, 'MUNICIPALITY', true),
    (25, 'Vårgårda kommun', null, 'MUNICIPALITY', true),
    (26, 'Alingsås kommun', null, 'MUNICIPALITY', true),
    (27, 'Lerums kommun', null, 'MUNICIPALITY', true),
    (28, 'Trollhättans stad', null, 'MUNICIPALITY', true),
    (29, 'Vänersborgs kommun', null, 'MUNICIPALITY', true),
    (30, 'Skövde kommun', null, 'MUNICIPALITY', true),
    (31, 'Uddevalla kommun', null, 'MUNICIPALITY', true),
    (32, 'Lidköpings kommun', null, 'MUNICIPALITY', true),
    (33, 'Mariestads kommun', null, 'MUNICIPALITY', true),
    (34, 'Kungälvs kommun', null, 'MUNICIPALITY', true),
    (35, 'Stenungsunds kommun', null, 'MUNICIPALITY', true),
    (36, 'Falköpings kommun', null, 'MUNICIPALITY', true),
    (37, 'Lysekils kommun', null, 'MUNICIPALITY', true),
    (38, 'Tjörns kommun', null, 'MUNICIPALITY', true),
    (39, 'Töreboda kommun', null, 'MUNICIPALITY', true),
    (40, 'Åmåls kommun', null, 'MUNICIPALITY', true),
    (41, 'Ale kommun', null, 'MUNICIPALITY', true),
    (42, 'Barn- och ungdomspsykiatrin NU-sjukvården', null, 'REGION_UNIT', true),
    (43, 'Barn- och ungdomspsykiatrin Skaraborgs Sjukhus', null, 'REGION_UNIT', true),
    (44, 'Närhälsan Barnhälsovården', null, 'REGION_UNIT', true),
    (45, 'Habilitering & Hälsa', null, 'REGION_UNIT', true),
    (46, 'Närhälsan Ungdomsmottagningar Göteborg', null, 'REGION_UNIT', true),
    (47, 'Kultur i Väst', null, 'REGION_UNIT', true),
    (48, 'Närhälsan Mariestad vårdcentral', null, 'REGION_UNIT', true),
    (49, 'Närhälsan Grästorp vårdcentral', null, 'REGION_UNIT', true);

-- user_account: demo users, password "demo" for all. Display names invented
insert into user_account (id, username, password_hash, display_name, role, organisation_id) values
    (1, 'officer', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Karin Ahlström', 'OFFICER', 1),
    (2, 'assessor1', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Lars Berggren', 'ASSESSOR', null),
    (3, 'assessor2', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Maria Nyström', 'ASSESSOR', 1),
    (4, 'assessor3', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Johan Eklund', 'ASSESSOR', 4),
    (5, 'steering', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Helena Sandberg', 'STEERING', 1),
    (6, 'board', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Per-Olof Dahlgren', 'BOARD', 2),
    (7, 'applicant', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Sara Holm', 'APPLICANT', 6),
    (8, 'leader', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Mikael Strand', 'PROJECT_LEADER', 6),
    (9, 'admin', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Eva Lundberg', 'ADMIN', 1),
    -- a second member of the working group, so the triage has two members to compare (invented)
    (10, 'officer2', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Anders Norén', 'OFFICER', 1);

-- organisation accounts: organisation numbers, several users per organisation, and one applicant user per
-- applicant organisation of the reference case (password "demo", display names invented), each the
-- administrator of its organisation. applicant administers Gullspångs kommun, applicant-gullspang is its second user.
-- Real numbers: Västra Götalandsregionen 232100-0131, whose boards and units are parts of the same legal person
-- and so share it, and Göteborgs Stad 212000-1355 (also for the unit of its district committee). Every other
-- number is invented: 999000-NNNC, the id of the organisation with its Luhn check digit.
update organisation set org_number = '232100-0131' where id in (2, 3, 4, 5, 10, 12, 13, 14, 17, 18, 42, 43, 44, 45, 46, 47, 48, 49);
update organisation set org_number = '212000-1355' where id in (8, 11);
update organisation o set org_number = v.number from (values
    (6, '999000-0060'),
    (7, '999000-0078'),
    (9, '999000-0094'),
    (15, '999000-0151'),
    (16, '999000-0169'),
    (19, '999000-0193'),
    (20, '999000-0201'),
    (21, '999000-0219'),
    (22, '999000-0227'),
    (23, '999000-0235'),
    (24, '999000-0243'),
    (25, '999000-0250'),
    (26, '999000-0268'),
    (27, '999000-0276'),
    (28, '999000-0284'),
    (29, '999000-0292'),
    (30, '999000-0300'),
    (31, '999000-0318'),
    (32, '999000-0326'),
    (33, '999000-0334'),
    (34, '999000-0342'),
    (35, '999000-0359'),
    (36, '999000-0367'),
    (37, '999000-0375'),
    (38, '999000-0383'),
    (39, '999000-0391'),
    (40, '999000-0409'),
    (41, '999000-0417')) as v (id, number) where o.id = v.id;
update user_account set organisation_admin = true where username = 'applicant';
insert into user_account (id, username, password_hash, display_name, role, organisation_id, organisation_admin) values
    (101, 'applicant-gullspang', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Jonas Lind', 'APPLICANT', 6, false),
    (102, 'applicant-boras', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Anna Bergqvist', 'APPLICANT', 7, true),
    (103, 'applicant-goteborg', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Fredrik Åberg', 'APPLICANT', 8, true),
    (104, 'applicant-grastorp', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Lena Svensson', 'APPLICANT', 9, true),
    (105, 'applicant-nuph', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Elin Forsberg', 'APPLICANT', 10, true),
    (106, 'applicant-sodra-alvsborg', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Tomas Wikström', 'APPLICANT', 12, true),
    (107, 'applicant-trollhattan', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Nadia Karimi', 'APPLICANT', 28, true),
    (108, 'applicant-vanersborg', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Olof Engström', 'APPLICANT', 29, true),
    (109, 'applicant-skovde', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Ingrid Hedlund', 'APPLICANT', 30, true),
    (110, 'applicant-uddevalla', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Patrik Nordin', 'APPLICANT', 31, true),
    (111, 'applicant-lidkoping', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Sofia Lindqvist', 'APPLICANT', 32, true),
    (112, 'applicant-mariestad', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Erik Sjöberg', 'APPLICANT', 33, true),
    (113, 'applicant-kungalv', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Maja Holmberg', 'APPLICANT', 34, true),
    (114, 'applicant-stenungsund', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Ahmed Hassan', 'APPLICANT', 35, true),
    (115, 'applicant-falkoping', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Karl Björk', 'APPLICANT', 36, true),
    (116, 'applicant-lysekil', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Emma Falk', 'APPLICANT', 37, true),
    (117, 'applicant-tjorn', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Gustav Ek', 'APPLICANT', 38, true),
    (118, 'applicant-toreboda', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Ulla Persson', 'APPLICANT', 39, true),
    (119, 'applicant-amal', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Hanna Norén', 'APPLICANT', 40, true),
    (120, 'applicant-ale', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Daniel Öberg', 'APPLICANT', 41, true),
    (121, 'applicant-barnhalsovarden', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Cecilia Roos', 'APPLICANT', 44, true),
    (122, 'applicant-ungdomsmottagningar', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Ali Rahimi', 'APPLICANT', 46, true),
    (123, 'applicant-vgr', '{bcrypt}$2a$10$kj50BMyveniesFfk64Asz.p/crIsdIxZhEOOVHd6VVFD9FHZLurDK', 'Maria Ekholm', 'APPLICANT', 1, false);

-- fund: owned by Regionutvecklingsnämnden, budget (appropriation) model, unused money expires at year end
insert into fund (id, name, owner_organisation_id, purpose, economic_model, carry_over) values
    (1, 'VGR:s sociala investeringsmedel', 2, 'Hälsofrämjande och förebyggande insatser för barn och ungas framtida utveckling och hälsa', 'APPROPRIATION', false);

-- fund_co_owner: Folkhälsokommittén, Hälso- och sjukvårdsnämnderna, Kommittén för rättighetsfrågor
insert into fund_co_owner (fund_id, organisation_id) values
    (1, 3),
    (1, 4),
    (1, 5);

-- fund_focus 2015–2016 (exact wording from RUN 610-0488-13)
insert into fund_focus (id, fund_id, year_from, year_to, text) values
    (1, 1, 2015, 2016, 'Öka andelen barn och ungdomar som lyckas slutföra grundskolan med godkända betyg');

-- funding_call: the two calls of 2015 and an open demo call
insert into funding_call (id, fund_id, title, description, deadline, budget_ceiling_ore, created_by, created_at, invented) values
    (1, 1, 'Utlysning sociala investeringsmedel våren 2015', 'Västra Götalandsregionen utlyser sociala investeringsmedel för hälsofrämjande och förebyggande insatser för barn och unga. Fokus 2015–2016: öka andelen barn och ungdomar som lyckas slutföra grundskolan med godkända betyg. Investeringen ska vara ett samarbete där regionen och minst en kommun ingår, ha ett tydligt ägarskap på utförarsidan och en plan för fortsättning. Sista ansökningsdag (påhittad för demo) 4 maj 2015.', '2015-05-04 15:00:00+02', 3000000000, 'officer', '2015-03-30 10:00:00+02', false),
    (2, 1, 'Utlysning sociala investeringsmedel hösten 2015', 'Andra utlysningen 2015 av sociala investeringsmedel, cirka tio miljoner kronor återstår. Fokus 2015–2016: öka andelen barn och ungdomar som lyckas slutföra grundskolan med godkända betyg. Sökande som fick avslag i våras är välkomna att söka igen med en reviderad ansökan. Sista ansökningsdag 30 september 2015.', '2015-09-30 23:59:00+02', 1000000000, 'officer', '2015-08-17 10:00:00+02', false),
    (3, 1, 'Utlysning sociala investeringsmedel 2027', 'Utlysning av sociala investeringsmedel för hälsofrämjande och förebyggande insatser för barn och unga. Investeringen ska bidra till att fler barn och ungdomar slutför grundskolan med godkända betyg och vara ett samarbete mellan regionen och minst en kommun (påhittad utlysning för demo).', '2027-03-31 23:59:00+02', 1000000000, 'officer', '2026-11-02 10:00:00+01', true);

-- application: spring 2015 ids 1–21, autumn 2015 ids 22–28. Only 1–3 are named in the report (invented = false)
insert into application (id, call_id, applicant_organisation_id, created_by, title, target_group, method, defined_effect, co_financing, continuation, start_date, end_date, requested_amount_ore, status, registration_number, submitted_at, invented) values
    (1, 1, 10, 'import', 'Träningsprogram för medveten närvaro och resiliens (TMR)', 'Barn i unga tonåren som är socioekonomiskt utsatta, främst på skolor med uttalad socioekonomisk problematik i Stadsdelen Västra Göteborg.', 'Delprojekt 1: ett tioveckorsprogram för att stärka närvaro och resiliens med tio minuters mindfulnessträning varje dag och en timmes gruppträff varannan vecka. Delprojekt 2: en klinisk psykologisk insats som kräver etikprövning, i samarbete med avdelningen för klinisk fysiologi på Sahlgrenska. FoU-projekt med forskaranknuten projektledare.', 'Stärkt förmåga att möta stress och bättre impulskontroll samt förbättrade skolresultat. Uppföljning med självskattningsenkäter, blodprov och lärarskattning. Samhällsekonomisk kalkyl: kostnader på mellan sju och 32 miljoner kronor undviks.', 'Avsatt arbetstid för styrgrupp, skolpersonal och psykologer i Stadsdelen Västra Göteborg och Närhälsan (påhittat för demo).', 'Styrgrupp på chefsnivå finns redan: sektorchef för utbildning och folkhälsosamordnare i Stadsdelen Väster, enhetschef på Psykologenheten Väster och områdeschef för Närhälsans barn- och ungdomsmedicin. Programmet ska föras över till elevhälsans ordinarie arbete (påhittat för demo).', '2015-09-01', '2018-06-30', 315000000, 'GRANTED', 'RUN 612-0101-15', '2015-05-04 11:42:00+02', false),
    (2, 1, 12, 'import', 'Tidiga insatser för ökad skolnärvaro', 'Elever i årskurs 1–3 i Borås stad med en skolnärvaro under 85 procent. Bakgrunden är problemet med hemmasittare.', 'Varje elev med närvaro under 85 procent kartläggs och får vid behov en samordnad individuell plan (SIP). Gemensamma insatser av skola, individ- och familjeomsorg och BUP enligt samverkansmodellen Västbus. Kvalitativ och kvantitativ behovsbedömning samt fokusgrupper om orsaker till frånvaro hösten 2015. Projektgrupp med IFO, skola, FoU Sjuhärad och BUP. Etikprövning krävs.', 'Minskad frånvaro bland eleverna i målgruppen och spridning av arbetssättet. Processmått: frånvaron registreras i Dexter för minst 90 procent av lektionerna, i dag cirka 50 procent.', 'Avsatt arbetstid från skola, IFO och BUP samt FoU Sjuhärads utvärderingsstöd (påhittat för demo).', 'Arbetssättet med tidig kartläggning och SIP ska bli ordinarie rutin i elevhälsan och spridas till övriga kommuner i Södra Älvsborg (påhittat för demo).', '2015-08-17', '2018-06-15', 324000000, 'GRANTED', 'RUN 612-0102-15', '2015-05-04 13:05:00+02', false),
    (3, 1, 6, 'applicant', 'Utmanande avstamp 2', 'Barn 3–10 år med normbrytande beteende i Gullspångs kommun och deras familjer. Syftet är bättre förutsättningar att gå ut grundskolan med godkända betyg.', 'Samverkan mellan vårdcentraler, familjecentrum, skola och socialtjänst utifrån SKL:s Förändringskoncept. Kartläggning av risk- och skyddsfaktorer, en familjecoach och resursmöten med familjerna. Bygger vidare på Utmanande avstamp som kommunen själv finansierat.', 'Minst 50 familjer erbjuds resursmöte under investeringsperioden. Minst 22 procent av de identifierade barnen och familjerna får stärkta skyddsfaktorer och minskade riskfaktorer. Uppföljning på individnivå av skyddsfaktorer samt enkäter. Beräknade besparingar 900 tusen kronor per år.', 'Avsatt arbetstid från socialtjänst, skola, familjecentrum och vårdcentralerna (påhittat för demo).', 'Styrgrupp med kommunchef, chef för IFO, skolchef och rektorer. Kommunstyrelsen har beslutat om en viljeyttring om att arbetssättet ska fortsätta efter investeringsperioden.', '2015-09-01', '2018-08-31', 425000000, 'GRANTED', 'RUN 612-0103-15', '2015-05-03 21:17:00+02', false),
    (4, 1, 28, 'import', 'Projekt 4 (namn ej angivet i källan)', 'Barn och unga i grundskolan i Trollhättans stad med risk att inte nå godkända betyg (påhittat för demo).', 'FoU-projekt där skola, socialtjänst och BUP arbetar gemensamt med tidig upptäckt och samordnat stöd. Projektet följs av en extern forskargrupp (påhittat för demo).', 'Ökad andel elever som går ut årskurs 9 med godkända betyg i alla ämnen (påhittat för demo).', 'Avsatt arbetstid från skola, socialtjänst och BUP NU-sjukvården (påhittat för demo).', 'Arbetssättet ska införas i ordinarie verksamhet efter projekttiden (påhittat för demo).', '2015-10-01', '2017-12-31', 980000000, 'GRANTED', 'RUN 612-0104-15', '2015-04-29 09:30:00+02', true),
    (5, 1, 29, 'import', 'Läslyftet hemma – läsfrämjande familjestöd för barn 4–9 år', 'Barn 4–9 år i familjer med låg läsvana i Vänersborgs kommun och deras föräldrar.', 'Barnhälsovården och förskolan delar ut bokpåsar och ger läsvägledning vid hembesök. Bibliotekarier leder föräldragrupper om högläsning.', 'Bättre språkutveckling och läsförståelse när barnen börjar skolan.', 'Avsatt arbetstid från förskola, bibliotek och BVC.', 'Bokpåsar och föräldragrupper ska ingå i bibliotekets ordinarie utbud.', '2015-09-01', '2017-08-31', 260000000, 'REJECTED', 'RUN 612-0105-15', '2015-05-04 14:21:00+02', true),
    (6, 1, 30, 'import', 'Elevhälsa i samverkan – tidig upptäckt av psykisk ohälsa i åk 4–6', 'Elever i årskurs 4–6 i Skövde kommun med tecken på psykisk ohälsa.', 'Screening med frågeformulär i samband med hälsosamtal, gemensamma konsultationer mellan elevhälsan och BUP samt handledning av lärare.', 'Fler barn upptäcks tidigt och får stöd innan skolresultaten påverkas.', 'Avsatt arbetstid från elevhälsa och BUP Skaraborg.', 'Konsultationsmodellen ska ingå i samverkansöverenskommelsen mellan kommunen och BUP.', '2015-08-15', '2018-06-30', 380000000, 'REJECTED', 'RUN 612-0106-15', '2015-05-02 10:11:00+02', true),
    (7, 1, 31, 'import', 'Stärkt övergång förskola–skola för barn med särskilda behov', 'Barn med funktionsnedsättning som går från förskola till förskoleklass i Uddevalla kommun.', 'Överlämningsmöten med vårdnadshavare, förskola, skola och Habilitering & Hälsa samt extra resurspersonal under första terminen.', 'Tryggare skolstart och färre avbrott i skolgången.', 'Avsatt arbetstid från förskola och skola. Kompletterad budget med medfinansiering från Habilitering & Hälsa.', 'Överlämningsrutinen ska bli ordinarie arbetssätt.', '2015-08-15', '2017-06-30', 290000000, 'REJECTED', 'RUN 612-0107-15', '2015-05-04 08:55:00+02', true),
    (8, 1, 8, 'import', 'Fritidsgården som lärmiljö – läxhjälp och mentorskap i åk 7–9', 'Ungdomar i årskurs 7–9 i nordöstra Göteborg som riskerar att inte bli behöriga till gymnasiet.', 'Läxhjälp och mentorer på fritidsgårdar fyra kvällar i veckan samt samtalsstöd från ungdomsmottagningen.', 'Fler elever med godkända betyg i årskurs 9.', 'Lokaler och personal på fritidsgårdarna.', 'Fritidsgårdarna ska fortsätta med läxhjälpen inom befintlig budget.', '2015-09-01', '2018-06-30', 350000000, 'REJECTED', 'RUN 612-0108-15', '2015-05-04 12:40:00+02', true),
    (9, 1, 32, 'import', 'Familjeteam för barn till föräldrar med missbruk', 'Barn 6–15 år i Lidköpings kommun som lever med föräldrar med missbruk.', 'Ett familjeteam med socialsekreterare och behandlare erbjuder barngrupper, föräldrastöd och samordning med skolan.', 'Ökad skolnärvaro och bättre psykisk hälsa hos barnen.', 'Avsatt arbetstid från individ- och familjeomsorgen.', 'Teamet ska finansieras av socialnämnden efter projekttiden om utvärderingen är positiv.', '2015-09-01', '2017-12-31', 220000000, 'REJECTED', 'RUN 612-0109-15', '2015-05-01 16:03:00+02', true),
    (10, 1, 33, 'import', 'Rörelse och lärande – fysisk aktivitet för bättre skolresultat', 'Alla elever i årskurs 1–6 på två skolor i Mariestads kommun.', 'Daglig schemalagd fysisk aktivitet och hälsosamtal med vårdcentralens personal.', 'Bättre koncentration och högre måluppfyllelse.', 'Avsatt arbetstid från skolan.', 'Den schemalagda rörelsen ska ingå i skolans ordinarie timplan.', '2015-08-15', '2017-06-30', 190000000, 'REJECTED', 'RUN 612-0110-15', '2015-04-30 15:27:00+02', true),
    (11, 1, 34, 'import', 'Sommarskola för elever som riskerar att inte nå behörighet', 'Elever i årskurs 8–9 i Kungälvs kommun.', 'Tre veckors sommarskola i svenska, engelska och matematik.', 'Fler elever behöriga till gymnasiet.', null, null, '2015-06-15', '2016-08-31', 140000000, 'REJECTED', 'RUN 612-0111-15', '2015-05-04 14:58:00+02', true),
    (12, 1, 35, 'import', 'Föräldraskapsstöd i grupp för familjer med små barn', 'Föräldrar till barn 0–5 år i Stenungsunds kommun.', 'Föräldragrupper enligt ett manualbaserat program, ledda av BVC-sköterskor och familjebehandlare.', 'Tryggare föräldrar och färre konflikter i familjen.', 'Avsatt arbetstid från BVC och socialtjänst.', 'Programmet ska erbjudas alla föräldrar på familjecentralen.', '2015-09-01', '2017-12-31', 180000000, 'REJECTED', 'RUN 612-0112-15', '2015-04-28 11:20:00+02', true),
    (13, 1, 36, 'import', 'Digitalt stöd för hemmasittare', 'Elever i grundskolan i Falköpings kommun med långvarig frånvaro.', 'Distansundervisning och digitala samtal med kurator som en väg tillbaka till skolan.', 'Att eleverna behåller kontakten med skolan.', 'Datorer och licenser från skolan.', null, '2015-08-15', '2016-12-31', 120000000, 'REJECTED', 'RUN 612-0113-15', '2015-05-04 10:02:00+02', true),
    (14, 1, 46, 'import', 'Ungdomsmottagning på nätet – utökat uppdrag', 'Ungdomar 13–25 år i Göteborg.', 'Utökade öppettider för chatt och videosamtal på ungdomsmottagningen.', 'Fler unga får råd och stöd tidigt.', 'Befintlig chattplattform.', 'Ingår i ungdomsmottagningens uppdrag.', '2015-09-01', '2017-08-31', 210000000, 'REJECTED', 'RUN 612-0114-15', '2015-05-04 09:15:00+02', true),
    (15, 1, 28, 'import', 'Kulturskola för alla barn i utsatta områden', 'Barn och unga i Trollhättans stad.', 'Avgiftsfri kulturskola med musik, dans och teater i tre bostadsområden.', 'Ökad livskvalitet och delaktighet.', 'Lokaler från kulturskolan.', 'Kulturskolan söker fortsatt finansiering.', '2015-09-01', '2018-06-30', 250000000, 'REJECTED', 'RUN 612-0115-15', '2015-05-03 18:44:00+02', true),
    (16, 1, 37, 'import', 'Förebyggande arbete mot avhopp från gymnasiet', 'Elever på gymnasiets introduktionsprogram i Lysekils kommun.', 'Coachning och studiebesök på arbetsplatser.', 'Färre avhopp från gymnasiet.', null, null, '2015-08-15', '2017-06-30', 160000000, 'REJECTED', 'RUN 612-0116-15', '2015-05-04 13:48:00+02', true),
    (17, 1, 44, 'import', 'Hälsosamtal och tandhälsa i förskoleklass', 'Barn i förskoleklass i Åmåls kommun.', 'Utökade hälsosamtal med tandhälsoinformation.', 'Bättre hälsa hos barnen.', 'Avsatt arbetstid från BVC.', null, '2015-09-01', '2016-06-30', 90000000, 'REJECTED', 'RUN 612-0117-15', '2015-04-24 14:00:00+02', true),
    (18, 1, 9, 'import', 'Samordnat stöd kring barn i förskoleåldern i Grästorp', 'Barn i förskoleåldern i Grästorps kommun med behov av stöd.', 'Samordning mellan förskola, socialtjänst och vårdcentral.', 'Tidigare stöd till barn som behöver det.', null, null, '2015-09-01', '2017-06-30', 110000000, 'REJECTED', 'RUN 612-0118-15', '2015-05-04 14:30:00+02', true),
    (19, 1, 38, 'import', 'Mentorer för nyanlända elever', 'Nyanlända elever i grundskolan i Tjörns kommun.', 'Vuxna mentorer som träffar eleverna en gång i veckan.', 'Bättre skolresultat och integration.', 'Ideella mentorer.', 'Föreningslivet tar över mentorsprogrammet.', '2015-09-01', '2017-06-30', 130000000, 'REJECTED', 'RUN 612-0119-15', '2015-05-02 20:12:00+02', true),
    (20, 1, 39, 'import', 'Barns rätt till lek – nya utemiljöer vid skolor', 'Elever i grundskolan i Töreboda kommun.', 'Ombyggnad av skolgårdar för mer lek och rörelse.', 'Mer fysisk aktivitet och bättre trivsel.', 'Kommunens investeringsbudget för skolgårdar.', 'Skolgårdarna underhålls av kommunen.', '2015-09-01', '2016-12-31', 300000000, 'REJECTED', 'RUN 612-0120-15', '2015-05-04 07:50:00+02', true),
    (21, 1, 41, 'import', 'Elevcoacher för ökad måluppfyllelse i åk 7–9', 'Elever i årskurs 7–9 i Ale kommun med låg måluppfyllelse.', 'Två elevcoacher som stöttar elever med studieteknik och motivation.', 'Fler elever med godkända betyg.', 'Avsatt arbetstid för rektorer.', 'Tjänsterna ska prövas i budgetarbetet.', '2015-08-15', '2017-06-30', 230000000, 'REJECTED', 'RUN 612-0121-15', '2015-05-04 11:03:00+02', true),
    (22, 2, 7, 'import', 'Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad', 'Nyanlända barn och unga i grundskoleåldern i Borås stad och nio andra kommuner i Sjuhärad samt deras familjer.', 'Gemensam modell för hälsokartläggning, tidigt stöd vid psykisk ohälsa och trauma, och samordning mellan skola, socialtjänst och barn- och ungdomspsykiatri. Ett regionalt kompetensteam stöttar kommunernas mottagningsenheter.', 'Fler nyanlända elever når godkända betyg och behörighet till gymnasiet. Alla nyanlända barn kartläggs och får en individuell plan inom två månader.', 'Avsatt arbetstid från de tio kommunernas mottagningsenheter och elevhälsa samt BUP Södra Älvsborg.', 'Modellen ska ingå i Sjuhäradskommunernas gemensamma mottagning och i samverkansöverenskommelsen med BUP.', '2016-01-01', '2018-12-31', 680000000, 'GRANTED', 'RUN 612-0290-15', '2015-09-30 16:22:00+02', true),
    (23, 2, 29, 'import', 'Läslyftet hemma (reviderad ansökan)', 'Barn 4–9 år i familjer med låg läsvana i Vänersborgs kommun och deras föräldrar.', 'Bokpåsar och läsvägledning vid hembesök samt föräldragrupper. Nu med nollmätning av språkutveckling i förskoleklass.', 'Bättre läsförståelse i årskurs 3.', 'Avsatt arbetstid från förskola, bibliotek och BVC.', 'Ingår i bibliotekets ordinarie utbud efter projekttiden.', '2016-01-01', '2017-12-31', 240000000, 'REJECTED', 'RUN 612-0291-15', '2015-09-29 10:40:00+02', true),
    (24, 2, 32, 'import', 'Familjeteam för barn till föräldrar med missbruk (reviderad ansökan)', 'Barn 6–15 år i Lidköpings kommun som lever med föräldrar med missbruk.', 'Familjeteam med barngrupper, föräldrastöd och samordning med skolan, nu med SIP.', 'Ökad skolnärvaro och bättre psykisk hälsa hos barnen.', 'Avsatt arbetstid från individ- och familjeomsorgen och BUP Skaraborg.', 'Teamet ska finansieras av socialnämnden efter projekttiden.', '2016-01-01', '2018-06-30', 200000000, 'REJECTED', 'RUN 612-0292-15', '2015-09-30 14:05:00+02', true),
    (25, 2, 44, 'import', 'BVC och elevhälsa i samverkan vid övergången till förskoleklass', 'Barn som börjar förskoleklass i Skövde kommun.', 'Gemensamma överlämningar mellan barnhälsovården och elevhälsan och ett hälsobesök i förskoleklass.', 'Tidigare stöd till barn med risk för svårigheter i skolan.', 'Avsatt arbetstid från BVC och elevhälsa.', 'Överlämningen ska bli rutin i båda verksamheterna.', '2016-01-01', '2017-12-31', 170000000, 'REJECTED', 'RUN 612-0293-15', '2015-09-28 13:30:00+02', true),
    (26, 2, 34, 'import', 'Sommarlovsaktiviteter för barn i ekonomiskt utsatta familjer', 'Barn 6–12 år i Kungälvs kommun.', 'Avgiftsfria aktiviteter under sommarlovet.', 'Meningsfull fritid.', null, null, '2016-06-01', '2016-08-31', 80000000, 'REJECTED', 'RUN 612-0294-15', '2015-09-30 22:10:00+02', true),
    (27, 2, 39, 'import', 'Digital läxhjälp för elever i glesbygd', 'Elever i årskurs 4–9 i Töreboda kommun.', 'Läxhjälp via videolänk med studenter.', 'Bättre betyg.', 'Datorer från skolan.', null, '2016-01-01', '2016-12-31', 100000000, 'REJECTED', 'RUN 612-0295-15', '2015-09-25 09:12:00+02', true),
    (28, 2, 40, 'import', 'Utökad elevhälsa i grundsärskolan', 'Elever i grundsärskolan i Åmåls kommun.', 'Utökad tid för skolsköterska och kurator.', 'Bättre hälsa och trivsel.', null, 'Ingår i elevhälsans budget efter projekttiden.', '2016-01-01', '2017-06-30', 150000000, 'REJECTED', 'RUN 612-0296-15', '2015-09-30 19:55:00+02', true);

-- application_co_applicant
insert into application_co_applicant (application_id, organisation_id) values
    (1, 11),
    (2, 13),
    (2, 7),
    (3, 14),
    (3, 15),
    (4, 42),
    (5, 44),
    (6, 43),
    (7, 45),
    (8, 46),
    (9, 43),
    (10, 48),
    (11, 42),
    (12, 44),
    (13, 43),
    (14, 8),
    (15, 47),
    (16, 42),
    (17, 40),
    (18, 49),
    (19, 44),
    (20, 44),
    (21, 42),
    (22, 13),
    (22, 19),
    (22, 20),
    (22, 21),
    (22, 22),
    (22, 23),
    (22, 24),
    (22, 25),
    (22, 26),
    (22, 27),
    (23, 44),
    (24, 43),
    (25, 30),
    (26, 42),
    (27, 43),
    (28, 45);

-- screening_result (id = application id). Spring: 2 ettor + 8 tvåor to the panel, 11 treor rejected
insert into screening_result (id, application_id, formal_complete, formal_notes, triage_grade, outcome, reasons_text, completion_deadline, recorded_by, recorded_at) values
    (1, 1, true, 'Formellt komplett. Region och kommun ingår. Tvåa: FoU-inriktningen gör det oklart vilka aktiviteter som är metodförändring (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (2, 2, true, 'Formellt komplett. Samtliga kriterier för etta uppfyllda (påhittat för demo).', 1, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (3, 3, true, 'Formellt komplett. Samtliga kriterier för etta uppfyllda (påhittat för demo).', 1, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (4, 4, true, 'Formellt komplett. Tvåa: medfinansieringen behöver förtydligas (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (5, 5, true, 'Formellt komplett. Tvåa: förväntade effekter för målgruppen är svagt beskrivna (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (6, 6, true, 'Formellt komplett. Tvåa: oklart om insatsen är en metodförändring (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (7, 7, true, 'Kompletterad ansökan. Vid andra genomgången begärdes komplettering om målformuleringar, budget och medfinansiering, eftersom ansökan främst beskrev ordinarie uppdrag och ett otydligt genomförande. Kompletteringen inkom 2015-05-14 och ansökan gick vidare till bedömargruppen (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-15 11:00:00+02'),
    (8, 8, true, 'Formellt komplett. Tvåa: regionens ägarskap är svagt (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (9, 9, true, 'Formellt komplett. Tvåa: indikatorer saknas delvis (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (10, 10, true, 'Formellt komplett. Tvåa: målgruppen är bred (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-05-12 15:00:00+02'),
    (11, 11, false, 'Budget och medsökandes åtagande saknas (påhittat för demo).', 3, 'REJECTED', 'Ansökan avslås i sållningen. Budgeten är inte komplett och det saknas en genomförandeplan. Regionens ägarskap framgår inte, medsökande står endast med namn (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (12, 12, true, 'Bedömdes först som tvåa men sänktes till trea vid andra genomgången eftersom den röda tråden kring barnen saknades (påhittat för demo).', 3, 'REJECTED', 'Ansökan avslås i sållningen. Insatsen riktar sig till föräldrarna och den röda tråden kring barnen saknas: det framgår inte hur barnen påverkas eller hur det följs upp. Indikatorer för barnen saknas (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (13, 13, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Riktlinjer för implementering saknas och det finns ingen plan för uppföljning (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (14, 14, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Ansökan avser utökning av ordinarie verksamhet och inte en social investering. Samhällsekonomisk kalkyl och riktlinjer för implementering saknas (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (15, 15, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Målgruppen är otydlig och kopplingen till fullföljd grundskola framgår inte. Indikatorer saknas (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (16, 16, false, 'Uppgifter om uppföljning saknas (påhittat för demo).', 3, 'REJECTED', 'Ansökan avslås i sållningen. Målgruppen går på gymnasiet och omfattas inte av fokusområdet om fullföljd grundskola. Uppföljning saknas (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (17, 17, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Indikatorer och genomförandeplan saknas, och insatsen är inte kopplad till skolgången (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (18, 18, false, 'Budget och genomförandeplan saknas (påhittat för demo).', 3, 'REJECTED', 'Ansökan avslås i sållningen. Budgeten är inte komplett och det saknas genomförandeplan och plan för uppföljning (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (19, 19, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Budgeten är inte komplett och samhällsekonomisk kalkyl saknas (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (20, 20, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Ägarskapet ligger enbart hos kommunen, medsökande har ingen roll i genomförandet och indikatorer saknas. Investeringen avser en fysisk miljö och inte en metodförändring (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (21, 21, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Riktlinjer för implementering och plan för uppföljning saknas (påhittat för demo).', null, 'officer', '2015-05-12 15:00:00+02'),
    (22, 22, true, 'Formellt komplett. Samtliga kriterier för etta uppfyllda (påhittat för demo).', 1, 'TO_PANEL', null, null, 'officer', '2015-10-05 15:00:00+02'),
    (23, 23, true, 'Formellt komplett. Reviderad efter avslaget i våras (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-10-05 15:00:00+02'),
    (24, 24, true, 'Formellt komplett. Reviderad efter avslaget i våras (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-10-05 15:00:00+02'),
    (25, 25, true, 'Formellt komplett. Tvåa: medfinansieringen är otydlig (påhittat för demo).', 2, 'TO_PANEL', null, null, 'officer', '2015-10-05 15:00:00+02'),
    (26, 26, false, 'Indikatorer och genomförandeplan saknas (påhittat för demo).', 3, 'REJECTED', 'Ansökan avslås i sållningen. Det saknas indikatorer, genomförandeplan och plan för uppföljning. Insatsen är en punktinsats utan metodförändring (påhittat för demo).', null, 'officer', '2015-10-05 15:00:00+02'),
    (27, 27, true, null, 3, 'REJECTED', 'Ansökan avslås i sållningen. Regionens ägarskap framgår inte och samhällsekonomisk kalkyl saknas (påhittat för demo).', null, 'officer', '2015-10-05 15:00:00+02'),
    (28, 28, false, 'Budget saknas (påhittat för demo).', 3, 'REJECTED', 'Ansökan avslås i sållningen. Budget saknas och insatsen avser ordinarie elevhälsa utan riktlinjer för implementering (påhittat för demo).', null, 'officer', '2015-10-05 15:00:00+02');

-- screening_rejection_reason
insert into screening_rejection_reason (screening_result_id, reason) values
    (11, 'BUDGET'),
    (11, 'IMPLEMENTATION_PLAN'),
    (11, 'OWNERSHIP'),
    (12, 'UNCLEAR_TARGET_GROUP'),
    (12, 'INDICATORS'),
    (12, 'FOLLOW_UP'),
    (13, 'IMPLEMENTATION_GUIDELINES'),
    (13, 'FOLLOW_UP'),
    (14, 'IMPLEMENTATION_GUIDELINES'),
    (14, 'SOCIO_ECONOMIC_CALCULATION'),
    (15, 'UNCLEAR_TARGET_GROUP'),
    (15, 'INDICATORS'),
    (16, 'UNCLEAR_TARGET_GROUP'),
    (16, 'FOLLOW_UP'),
    (17, 'INDICATORS'),
    (17, 'IMPLEMENTATION_PLAN'),
    (18, 'BUDGET'),
    (18, 'IMPLEMENTATION_PLAN'),
    (18, 'FOLLOW_UP'),
    (19, 'BUDGET'),
    (19, 'SOCIO_ECONOMIC_CALCULATION'),
    (20, 'OWNERSHIP'),
    (20, 'CO_APPLICANTS'),
    (20, 'INDICATORS'),
    (21, 'IMPLEMENTATION_GUIDELINES'),
    (21, 'FOLLOW_UP'),
    (26, 'INDICATORS'),
    (26, 'IMPLEMENTATION_PLAN'),
    (26, 'FOLLOW_UP'),
    (27, 'OWNERSHIP'),
    (27, 'SOCIO_ECONOMIC_CALCULATION'),
    (28, 'BUDGET'),
    (28, 'IMPLEMENTATION_GUIDELINES');

-- triage_agreement: the working group's agreed grade per pass. Spring 2015: the first pass gave 2 ettor, 9 tvåor and
-- 10 treor; the second pass looked at the nine tvåor again, lowered one to a trea (12) and kept application 7, completed
-- in between, as a tvåa. Autumn 2015: one pass, 1 etta, 3 tvåor, 3 treor. The notes and dates are invented.
insert into triage_agreement (application_id, pass, grade, note, recorded_by, recorded_at) values
    (1, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (2, 1, 1, 'Samtliga kriterier i tabell 2 uppfyllda (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (3, 1, 1, 'Samtliga kriterier i tabell 2 uppfyllda (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (4, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (5, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (6, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (7, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (8, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (9, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (10, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (11, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (12, 1, 2, 'Titta igen: ett eller flera kriterier är oklara (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (13, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (14, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (15, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (16, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (17, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (18, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (19, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (20, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (21, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-05-08 15:00:00+02'),
    (1, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (4, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (5, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (6, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (7, 2, 2, 'Tvåa efter komplettering om mål, budget och medfinansiering; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (8, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (9, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (10, 2, 2, 'Tvåa efter andra genomgången; går till bedömargruppen (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (12, 2, 3, 'Sänks till trea: den röda tråden kring barnen saknas (påhittat för demo).', 'officer', '2015-05-12 14:00:00+02'),
    (22, 1, 1, 'Samtliga kriterier i tabell 2 uppfyllda (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02'),
    (23, 1, 2, 'Tvåa; går till bedömargruppen (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02'),
    (24, 1, 2, 'Tvåa; går till bedömargruppen (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02'),
    (25, 1, 2, 'Tvåa; går till bedömargruppen (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02'),
    (26, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02'),
    (27, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02'),
    (28, 1, 3, 'Går inte vidare: flera kriterier i tabell 2 saknas (påhittat för demo).', 'officer', '2015-10-09 15:00:00+02');

-- conflict_of_interest (jäv): assessor3 does not assess application 6
insert into conflict_of_interest (id, application_id, assessor, reason, declared_at) values
    (1, 6, 'assessor3', 'Tidigare anställd hos sökande organisation (elevhälsan i Skövde kommun) (påhittat för demo).', '2015-05-11 09:30:00+02');

-- assessment: three assessors per panel application, submitted before the panel meetings (25 May and October 2015)
insert into assessment (id, application_id, assessor, comment, submitted_at) values
    (1, 1, 'assessor1', 'Forskningsanknuten metod med tydlig uppföljning. Styrgrupp på chefsnivå finns. (påhittat för demo)', '2015-05-18 10:07:00+02'),
    (2, 1, 'assessor2', 'Intressant metod men etikprövningen kan försena starten. (påhittat för demo)', '2015-05-19 10:07:00+02'),
    (3, 1, 'assessor3', 'Väl definierad målgrupp. Blodprov som uppföljning är ovanligt men motiverat. (påhittat för demo)', '2015-05-20 10:07:00+02'),
    (4, 2, 'assessor1', 'Tydlig problemanalys och mätbar målgrupp. Samverkan mellan skola, IFO och BUP är väl förankrad. (påhittat för demo)', '2015-05-18 11:14:00+02'),
    (5, 2, 'assessor2', 'Konkret och mätbart. Bra att processmåttet i Dexter finns med. (påhittat för demo)', '2015-05-19 11:14:00+02'),
    (6, 2, 'assessor3', 'Väl beskriven samverkan enligt Västbus. Etikprövningen behöver planeras in. (påhittat för demo)', '2015-05-20 11:14:00+02'),
    (7, 3, 'assessor1', 'Stark lokal förankring med viljeyttring från kommunstyrelsen. Rekryteringen av projektledare är en risk. (påhittat för demo)', '2015-05-18 12:21:00+02'),
    (8, 3, 'assessor2', 'Tydliga mål om resursmöten och skyddsfaktorer. Bygger vidare på egen erfarenhet. (påhittat för demo)', '2015-05-19 12:21:00+02'),
    (9, 3, 'assessor3', 'Bra samverkan med vårdcentralerna. Kalkylen är schablonmässig. (påhittat för demo)', '2015-05-20 12:21:00+02'),
    (10, 4, 'assessor1', 'Bred ansats med god förankring. Budgeten är hög i förhållande till målgruppen. (påhittat för demo)', '2015-05-18 13:28:00+02'),
    (11, 4, 'assessor2', 'Genomförbar plan och extern utvärdering finns. (påhittat för demo)', '2015-05-19 13:28:00+02'),
    (12, 4, 'assessor3', 'Acceptabel på alla områden men ingen tydlig spets. (påhittat för demo)', '2015-05-20 13:28:00+02'),
    (13, 5, 'assessor1', 'Bra idé men svag koppling till fullföljd grundskola. (påhittat för demo)', '2015-05-18 14:35:00+02'),
    (14, 5, 'assessor2', 'Förankringen hos beslutsfattarna är otydlig. (påhittat för demo)', '2015-05-19 14:35:00+02'),
    (15, 5, 'assessor3', 'Effekterna för barnen är svagt beskrivna. (påhittat för demo)', '2015-05-20 14:35:00+02'),
    (16, 6, 'assessor1', 'Relevant problem men screeningen riskerar att bli ordinarie elevhälsoarbete. (påhittat för demo)', '2015-05-18 15:42:00+02'),
    (17, 6, 'assessor2', 'Oklart vad som är metodförändring. Budgeten är inte fullständig. (påhittat för demo)', '2015-05-19 15:42:00+02'),
    (18, 7, 'assessor1', 'Beskriver i huvudsak ordinarie uppdrag. Budgeten är fortfarande svag efter kompletteringen. (påhittat för demo)', '2015-05-18 16:49:00+02'),
    (19, 7, 'assessor2', 'Otydligt genomförande och fokus på verksamheten snarare än barnen. (påhittat för demo)', '2015-05-19 16:49:00+02'),
    (20, 7, 'assessor3', 'Målformuleringarna är fortfarande otydliga. (påhittat för demo)', '2015-05-20 16:49:00+02'),
    (21, 8, 'assessor1', 'En lösning före ett problem. Målgruppsanalysen saknas. (påhittat för demo)', '2015-05-18 09:56:00+02'),
    (22, 8, 'assessor2', 'Läxhjälp är bra men liknar ordinarie fritidsverksamhet. (påhittat för demo)', '2015-05-19 09:56:00+02'),
    (23, 8, 'assessor3', 'Regionens roll är oklar. (påhittat för demo)', '2015-05-20 09:56:00+02'),
    (24, 9, 'assessor1', 'Angeläget men indikatorer och urval saknas. (påhittat för demo)', '2015-05-18 10:03:00+02'),
    (25, 9, 'assessor2', 'Uppföljningen är otydlig. (påhittat för demo)', '2015-05-19 10:03:00+02'),
    (26, 9, 'assessor3', 'Behöver tydligare mål och delmål. (påhittat för demo)', '2015-05-20 10:03:00+02'),
    (27, 10, 'assessor1', 'Generell insats utan tydlig målgrupp. (påhittat för demo)', '2015-05-18 11:10:00+02'),
    (28, 10, 'assessor2', 'Svag evidens för effekt på betygen. (påhittat för demo)', '2015-05-19 11:10:00+02'),
    (29, 10, 'assessor3', 'Acceptabel men inte prioriterad. (påhittat för demo)', '2015-05-20 11:10:00+02'),
    (30, 22, 'assessor1', 'Stor och angelägen målgrupp. Bred samverkan med tio kommuner och BUP. (påhittat för demo)', '2015-10-12 15:34:00+02'),
    (31, 22, 'assessor2', 'Tydlig koppling till skolframgång. Organisationen med kompetensteam är trovärdig. (påhittat för demo)', '2015-10-13 15:34:00+02'),
    (32, 22, 'assessor3', 'Väl förankrad i Sjuhärad. Budgeten är rimlig. (påhittat för demo)', '2015-10-14 15:34:00+02'),
    (33, 23, 'assessor1', 'Förbättrad sedan i våras men förankringen är fortfarande svag. (påhittat för demo)', '2015-10-12 16:41:00+02'),
    (34, 23, 'assessor2', 'Nollmätningen är ett bra tillskott. (påhittat för demo)', '2015-10-13 16:41:00+02'),
    (35, 23, 'assessor3', 'Effekten på skolresultaten är osäker. (påhittat för demo)', '2015-10-14 16:41:00+02'),
    (36, 24, 'assessor1', 'SIP är ett bra tillägg men indikatorerna saknas fortfarande. (påhittat för demo)', '2015-10-12 09:48:00+02'),
    (37, 24, 'assessor2', 'Uppföljningen är otydlig. (påhittat för demo)', '2015-10-13 09:48:00+02'),
    (38, 24, 'assessor3', 'Angeläget men inte tillräckligt utvecklat. (påhittat för demo)', '2015-10-14 09:48:00+02'),
    (39, 25, 'assessor1', 'Liknar ordinarie överlämningsrutiner. (påhittat för demo)', '2015-10-12 10:55:00+02'),
    (40, 25, 'assessor2', 'Effekterna är svåra att mäta. (påhittat för demo)', '2015-10-13 10:55:00+02'),
    (41, 25, 'assessor3', 'Medfinansieringen är otydlig. (påhittat för demo)', '2015-10-14 10:55:00+02');

-- assessment_score: 1 tveksamt, 2 acceptabelt, 3 väl, 4 mycket väl
insert into assessment_score (assessment_id, area, score) values
    (1, 'PROBLEM_ANALYSIS', 3),
    (1, 'METHOD_AND_EFFECT', 4),
    (1, 'FEASIBILITY', 3),
    (1, 'BUDGET', 3),
    (1, 'ANCHORING', 4),
    (2, 'PROBLEM_ANALYSIS', 3),
    (2, 'METHOD_AND_EFFECT', 4),
    (2, 'FEASIBILITY', 3),
    (2, 'BUDGET', 3),
    (2, 'ANCHORING', 3),
    (3, 'PROBLEM_ANALYSIS', 4),
    (3, 'METHOD_AND_EFFECT', 4),
    (3, 'FEASIBILITY', 3),
    (3, 'BUDGET', 3),
    (3, 'ANCHORING', 3),
    (4, 'PROBLEM_ANALYSIS', 4),
    (4, 'METHOD_AND_EFFECT', 4),
    (4, 'FEASIBILITY', 3),
    (4, 'BUDGET', 3),
    (4, 'ANCHORING', 4),
    (5, 'PROBLEM_ANALYSIS', 4),
    (5, 'METHOD_AND_EFFECT', 3),
    (5, 'FEASIBILITY', 4),
    (5, 'BUDGET', 3),
    (5, 'ANCHORING', 3),
    (6, 'PROBLEM_ANALYSIS', 4),
    (6, 'METHOD_AND_EFFECT', 4),
    (6, 'FEASIBILITY', 3),
    (6, 'BUDGET', 3),
    (6, 'ANCHORING', 4),
    (7, 'PROBLEM_ANALYSIS', 4),
    (7, 'METHOD_AND_EFFECT', 3),
    (7, 'FEASIBILITY', 3),
    (7, 'BUDGET', 3),
    (7, 'ANCHORING', 4),
    (8, 'PROBLEM_ANALYSIS', 4),
    (8, 'METHOD_AND_EFFECT', 4),
    (8, 'FEASIBILITY', 3),
    (8, 'BUDGET', 3),
    (8, 'ANCHORING', 4),
    (9, 'PROBLEM_ANALYSIS', 3),
    (9, 'METHOD_AND_EFFECT', 4),
    (9, 'FEASIBILITY', 3),
    (9, 'BUDGET', 3),
    (9, 'ANCHORING', 4),
    (10, 'PROBLEM_ANALYSIS', 3),
    (10, 'METHOD_AND_EFFECT', 3),
    (10, 'FEASIBILITY', 3),
    (10, 'BUDGET', 3),
    (10, 'ANCHORING', 4),
    (11, 'PROBLEM_ANALYSIS', 3),
    (11, 'METHOD_AND_EFFECT', 3),
    (11, 'FEASIBILITY', 4),
    (11, 'BUDGET', 3),
    (11, 'ANCHORING', 3),
    (12, 'PROBLEM_ANALYSIS', 3),
    (12, 'METHOD_AND_EFFECT', 3),
    (12, 'FEASIBILITY', 3),
    (12, 'BUDGET', 3),
    (12, 'ANCHORING', 3),
    (13, 'PROBLEM_ANALYSIS', 3),
    (13, 'METHOD_AND_EFFECT', 3),
    (13, 'FEASIBILITY', 3),
    (13, 'BUDGET', 2),
    (13, 'ANCHORING', 2),
    (14, 'PROBLEM_ANALYSIS', 3),
    (14, 'METHOD_AND_EFFECT', 3),
    (14, 'FEASIBILITY', 3),
    (14, 'BUDGET', 3),
    (14, 'ANCHORING', 2),
    (15, 'PROBLEM_ANALYSIS', 3),
    (15, 'METHOD_AND_EFFECT', 2),
    (15, 'FEASIBILITY', 3),
    (15, 'BUDGET', 2),
    (15, 'ANCHORING', 2),
    (16, 'PROBLEM_ANALYSIS', 3),
    (16, 'METHOD_AND_EFFECT', 3),
    (16, 'FEASIBILITY', 3),
    (16, 'BUDGET', 2),
    (16, 'ANCHORING', 3),
    (17, 'PROBLEM_ANALYSIS', 3),
    (17, 'METHOD_AND_EFFECT', 3),
    (17, 'FEASIBILITY', 2),
    (17, 'BUDGET', 2),
    (17, 'ANCHORING', 3),
    (18, 'PROBLEM_ANALYSIS', 2),
    (18, 'METHOD_AND_EFFECT', 2),
    (18, 'FEASIBILITY', 2),
    (18, 'BUDGET', 1),
    (18, 'ANCHORING', 2),
    (19, 'PROBLEM_ANALYSIS', 2),
    (19, 'METHOD_AND_EFFECT', 2),
    (19, 'FEASIBILITY', 2),
    (19, 'BUDGET', 2),
    (19, 'ANCHORING', 2),
    (20, 'PROBLEM_ANALYSIS', 2),
    (20, 'METHOD_AND_EFFECT', 2),
    (20, 'FEASIBILITY', 2),
    (20, 'BUDGET', 1),
    (20, 'ANCHORING', 2),
    (21, 'PROBLEM_ANALYSIS', 3),
    (21, 'METHOD_AND_EFFECT', 2),
    (21, 'FEASIBILITY', 3),
    (21, 'BUDGET', 2),
    (21, 'ANCHORING', 2),
    (22, 'PROBLEM_ANALYSIS', 3),
    (22, 'METHOD_AND_EFFECT', 3),
    (22, 'FEASIBILITY', 3),
    (22, 'BUDGET', 2),
    (22, 'ANCHORING', 2),
    (23, 'PROBLEM_ANALYSIS', 3),
    (23, 'METHOD_AND_EFFECT', 3),
    (23, 'FEASIBILITY', 2),
    (23, 'BUDGET', 2),
    (23, 'ANCHORING', 3),
    (24, 'PROBLEM_ANALYSIS', 3),
    (24, 'METHOD_AND_EFFECT', 2),
    (24, 'FEASIBILITY', 2),
    (24, 'BUDGET', 2),
    (24, 'ANCHORING', 3),
    (25, 'PROBLEM_ANALYSIS', 2),
    (25, 'METHOD_AND_EFFECT', 2),
    (25, 'FEASIBILITY', 3),
    (25, 'BUDGET', 2),
    (25, 'ANCHORING', 2),
    (26, 'PROBLEM_ANALYSIS', 3),
    (26, 'METHOD_AND_EFFECT', 2),
    (26, 'FEASIBILITY', 2),
    (26, 'BUDGET', 2),
    (26, 'ANCHORING', 3),
    (27, 'PROBLEM_ANALYSIS', 2),
    (27, 'METHOD_AND_EFFECT', 2),
    (27, 'FEASIBILITY', 2),
    (27, 'BUDGET', 2),
    (27, 'ANCHORING', 2),
    (28, 'PROBLEM_ANALYSIS', 2),
    (28, 'METHOD_AND_EFFECT', 2),
    (28, 'FEASIBILITY', 3),
    (28, 'BUDGET', 2),
    (28, 'ANCHORING', 2),
    (29, 'PROBLEM_ANALYSIS', 2),
    (29, 'METHOD_AND_EFFECT', 2),
    (29, 'FEASIBILITY', 2),
    (29, 'BUDGET', 2),
    (29, 'ANCHORING', 2),
    (30, 'PROBLEM_ANALYSIS', 4),
    (30, 'METHOD_AND_EFFECT', 4),
    (30, 'FEASIBILITY', 3),
    (30, 'BUDGET', 3),
    (30, 'ANCHORING', 4),
    (31, 'PROBLEM_ANALYSIS', 4),
    (31, 'METHOD_AND_EFFECT', 3),
    (31, 'FEASIBILITY', 3),
    (31, 'BUDGET', 3),
    (31, 'ANCHORING', 4),
    (32, 'PROBLEM_ANALYSIS', 4),
    (32, 'METHOD_AND_EFFECT', 3),
    (32, 'FEASIBILITY', 3),
    (32, 'BUDGET', 3),
    (32, 'ANCHORING', 4),
    (33, 'PROBLEM_ANALYSIS', 3),
    (33, 'METHOD_AND_EFFECT', 3),
    (33, 'FEASIBILITY', 3),
    (33, 'BUDGET', 2),
    (33, 'ANCHORING', 2),
    (34, 'PROBLEM_ANALYSIS', 3),
    (34, 'METHOD_AND_EFFECT', 3),
    (34, 'FEASIBILITY', 3),
    (34, 'BUDGET', 3),
    (34, 'ANCHORING', 2),
    (35, 'PROBLEM_ANALYSIS', 3),
    (35, 'METHOD_AND_EFFECT', 3),
    (35, 'FEASIBILITY', 2),
    (35, 'BUDGET', 3),
    (35, 'ANCHORING', 2),
    (36, 'PROBLEM_ANALYSIS', 3),
    (36, 'METHOD_AND_EFFECT', 2),
    (36, 'FEASIBILITY', 3),
    (36, 'BUDGET', 2),
    (36, 'ANCHORING', 2),
    (37, 'PROBLEM_ANALYSIS', 3),
    (37, 'METHOD_AND_EFFECT', 2),
    (37, 'FEASIBILITY', 2),
    (37, 'BUDGET', 3),
    (37, 'ANCHORING', 2),
    (38, 'PROBLEM_ANALYSIS', 3),
    (38, 'METHOD_AND_EFFECT', 3),
    (38, 'FEASIBILITY', 2),
    (38, 'BUDGET', 2),
    (38, 'ANCHORING', 3),
    (39, 'PROBLEM_ANALYSIS', 2),
    (39, 'METHOD_AND_EFFECT', 2),
    (39, 'FEASIBILITY', 3),
    (39, 'BUDGET', 2),
    (39, 'ANCHORING', 2),
    (40, 'PROBLEM_ANALYSIS', 3),
    (40, 'METHOD_AND_EFFECT', 2),
    (40, 'FEASIBILITY', 3),
    (40, 'BUDGET', 2),
    (40, 'ANCHORING', 2),
    (41, 'PROBLEM_ANALYSIS', 2),
    (41, 'METHOD_AND_EFFECT', 2),
    (41, 'FEASIBILITY', 2),
    (41, 'BUDGET', 2),
    (41, 'ANCHORING', 2);

-- decision: RUN 10 June 2015 and 9 December 2015 (dates, paragraphs and numbers invented)
insert into decision (id, application_id, outcome, granted_amount_ore, reasons, decided_on, decision_body, minutes_paragraph, minutes_posted_on, registration_number, recorded_by, recorded_at) values
    (1, 2, 'GRANTED', 320000000, 'Bifall. Ansökan rangordnades högst av bedömargruppen. Tydlig problemanalys, mätbar målgrupp och väl förankrad samverkan mellan skola, IFO och BUP. Beviljat belopp är något lägre än sökt (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 121', '2015-06-16', 'RUN 612-0160-15', 'board', '2015-06-10 16:00:00+02'),
    (2, 3, 'GRANTED', 420000000, 'Bifall. Ansökan rangordnades som nummer två. Tydliga mål för resursmöten och skyddsfaktorer, stark politisk förankring genom kommunstyrelsens viljeyttring och samverkan med vårdcentralerna. Beviljat belopp är något lägre än sökt (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 122', '2015-06-16', 'RUN 612-0161-15', 'board', '2015-06-10 16:00:00+02'),
    (3, 1, 'GRANTED', 310000000, 'Bifall. Ansökan rangordnades som nummer tre. Forskningsanknuten metod med tydlig uppföljning och en etablerad styrgrupp på chefsnivå. Beviljat belopp är något lägre än sökt (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 123', '2015-06-16', 'RUN 612-0162-15', 'board', '2015-06-10 16:00:00+02'),
    (4, 4, 'GRANTED', 950000000, 'Bifall. Ansökan rangordnades som nummer fyra. Genomförbar plan med extern utvärdering och god förankring. Beviljat belopp är lägre än sökt (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 124', '2015-06-16', 'RUN 612-0163-15', 'board', '2015-06-10 16:00:00+02'),
    (5, 6, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer fem av tio. Relevant problem, men det är oklart vad som är metodförändring och budgeten är inte fullständig (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 125', '2015-06-16', 'RUN 612-0164-15', 'board', '2015-06-10 16:00:00+02'),
    (6, 5, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer sex av tio. Svag koppling till fullföljd grundskola och otydlig förankring hos beslutsfattarna (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 126', '2015-06-16', 'RUN 612-0165-15', 'board', '2015-06-10 16:00:00+02'),
    (7, 8, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer sju av tio. Målgruppsanalys saknas och insatsen liknar ordinarie verksamhet. Regionens roll är oklar (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 127', '2015-06-16', 'RUN 612-0166-15', 'board', '2015-06-10 16:00:00+02'),
    (8, 9, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer åtta av tio. Angeläget behov men indikatorer, urval och uppföljning saknas (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 128', '2015-06-16', 'RUN 612-0167-15', 'board', '2015-06-10 16:00:00+02'),
    (9, 10, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer nio av tio. Generell insats utan tydlig målgrupp och svagt underlag för effekt på skolresultaten (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 129', '2015-06-16', 'RUN 612-0168-15', 'board', '2015-06-10 16:00:00+02'),
    (10, 7, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer tio av tio. Ansökan beskriver i huvudsak ordinarie uppdrag och målformuleringar och budget är otydliga även efter kompletteringen (påhittat för demo).', '2015-06-10', 'Regionutvecklingsnämnden', '§ 130', '2015-06-16', 'RUN 612-0169-15', 'board', '2015-06-10 16:00:00+02'),
    (11, 22, 'GRANTED', 640000000, 'Bifall. Ansökan rangordnades högst av bedömargruppen i höstens utlysning. Angelägen målgrupp, bred samverkan mellan BUP, Borås stad och nio andra kommuner i Sjuhärad och tydlig koppling till skolframgång. Beviljat belopp är lägre än sökt (påhittat för demo).', '2015-12-09', 'Regionutvecklingsnämnden', '§ 245', '2015-12-15', 'RUN 612-0350-15', 'board', '2015-12-09 16:00:00+01'),
    (12, 23, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer två av fyra. Förbättrad sedan våren men förankringen hos beslutsfattarna är fortfarande svag (påhittat för demo).', '2015-12-09', 'Regionutvecklingsnämnden', '§ 246', '2015-12-15', 'RUN 612-0351-15', 'board', '2015-12-09 16:00:00+01'),
    (13, 24, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer tre av fyra. Indikatorer och uppföljning är fortfarande otydliga (påhittat för demo).', '2015-12-09', 'Regionutvecklingsnämnden', '§ 247', '2015-12-15', 'RUN 612-0352-15', 'board', '2015-12-09 16:00:00+01'),
    (14, 25, 'REJECTED', null, 'Avslag. Ansökan rangordnades som nummer fyra av fyra. Insatsen liknar ordinarie överlämningsrutiner och effekterna är svåra att mäta (påhittat för demo).', '2015-12-09', 'Regionutvecklingsnämnden', '§ 248', '2015-12-15', 'RUN 612-0353-15', 'board', '2015-12-09 16:00:00+01');

-- decision_condition: the four spring grants had to hand in detailed project plans by August 2015
insert into decision_condition (decision_id, position, text, due_date) values
    (1, 1, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-31'),
    (2, 1, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-31'),
    (3, 1, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-31'),
    (4, 1, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-31');

-- the fund ledger (double-entry, see V3): appropriations, grants with their paid-out schedules, year-end closes.
-- 2014: 5 mkr, only the pre-study grant used, the rest expired. 2015: 30 mkr, 20 mkr to the spring grants, 6,4 mkr to the
-- autumn grant, 3,6 mkr expired. All historic grants are paid out (payment dates invented). 2026: invented appropriation.
insert into fund_grant (id, fund_id, reference, kind, title, recipient_organisation_id, fiscal_year, application_id, recorded_by, recorded_at) values
    (1, 1, 'RUN 612-0412-14', 'PRE_STUDY', 'Förstudiemedel Gullspångs kommun', (select id from organisation where name = 'Gullspångs kommun'), 2014, null, 'board', '2014-10-15 14:00:00+02'),
    (2, 1, 'RUN 612-0160-15', 'GRANT', 'Tidiga insatser för ökad skolnärvaro', (select a.applicant_organisation_id from decision d join application a on a.id = d.application_id where d.registration_number = 'RUN 612-0160-15'), 2015, (select application_id from decision where registration_number = 'RUN 612-0160-15'), 'board', '2015-06-10 16:00:00+02'),
    (3, 1, 'RUN 612-0161-15', 'GRANT', 'Utmanande avstamp 2', (select a.applicant_organisation_id from decision d join application a on a.id = d.application_id where d.registration_number = 'RUN 612-0161-15'), 2015, (select application_id from decision where registration_number = 'RUN 612-0161-15'), 'board', '2015-06-10 16:00:00+02'),
    (4, 1, 'RUN 612-0162-15', 'GRANT', 'Träningsprogram för medveten närvaro och resiliens (TMR)', (select a.applicant_organisation_id from decision d join application a on a.id = d.application_id where d.registration_number = 'RUN 612-0162-15'), 2015, (select application_id from decision where registration_number = 'RUN 612-0162-15'), 'board', '2015-06-10 16:00:00+02'),
    (5, 1, 'RUN 612-0163-15', 'GRANT', 'Projekt 4 (namn ej angivet i källan)', (select a.applicant_organisation_id from decision d join application a on a.id = d.application_id where d.registration_number = 'RUN 612-0163-15'), 2015, (select application_id from decision where registration_number = 'RUN 612-0163-15'), 'board', '2015-06-10 16:00:00+02'),
    (6, 1, 'RUN 612-0350-15', 'GRANT', 'Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad', (select a.applicant_organisation_id from decision d join application a on a.id = d.application_id where d.registration_number = 'RUN 612-0350-15'), 2015, (select application_id from decision where registration_number = 'RUN 612-0350-15'), 'board', '2015-12-09 16:00:00+01');

insert into ledger_transaction (id, fund_id, kind, fiscal_year, grant_id, registration_number, description, recorded_by, recorded_at) values
    (1, 1, 'APPROPRIATION', 2014, null, null, 'Anslag 2014 för sociala investeringar, prövoår (5 mkr)', 'board', '2014-01-02 09:00:00+01'),
    (2, 1, 'COMMITMENT', 2014, 1, 'RUN 612-0412-14', 'Förstudiemedel till Gullspångs kommun för att bygga upp investeringen inför en ansökan i den första utlysningen (belopp, datum och diarienummer påhittade för demo)', 'board', '2014-10-15 14:00:00+02'),
    (3, 1, 'DISBURSEMENT', 2014, 1, 'RUN 612-0412-14', 'Utbetalning 2014-11-03: Förstudiemedel Gullspångs kommun', 'officer', '2014-11-03 10:00:00+01'),
    (4, 1, 'EXPIRY', 2014, null, null, 'Årsbokslut 2014: outnyttjat anslag brinner inne eftersom pilotprojekten inte ansågs investeringsklara. Medlen får inte föras över till 2015', 'officer', '2014-12-31 16:00:00+01'),
    (5, 1, 'APPROPRIATION', 2015, null, null, 'Anslag 2015 för sociala investeringar (30 mkr)', 'board', '2015-01-02 09:00:00+01'),
    (6, 1, 'COMMITMENT', 2015, 2, 'RUN 612-0160-15', 'Beviljade medel: Tidiga insatser för ökad skolnärvaro (belopp påhittat för demo)', 'board', '2015-06-10 16:00:00+02'),
    (7, 1, 'DISBURSEMENT', 2015, 2, 'RUN 612-0160-15', 'Utbetalning 2015-09-30: Tidiga insatser för ökad skolnärvaro', 'officer', '2015-09-30 10:00:00+01'),
    (8, 1, 'DISBURSEMENT', 2015, 2, 'RUN 612-0160-15', 'Utbetalning 2016-03-31: Tidiga insatser för ökad skolnärvaro', 'officer', '2016-03-31 10:00:00+01'),
    (9, 1, 'DISBURSEMENT', 2015, 2, 'RUN 612-0160-15', 'Utbetalning 2017-03-31: Tidiga insatser för ökad skolnärvaro', 'officer', '2017-03-31 10:00:00+01'),
    (10, 1, 'COMMITMENT', 2015, 3, 'RUN 612-0161-15', 'Beviljade medel: Utmanande avstamp 2 (belopp påhittat för demo)', 'board', '2015-06-10 16:00:00+02'),
    (11, 1, 'DISBURSEMENT', 2015, 3, 'RUN 612-0161-15', 'Utbetalning 2015-09-30: Utmanande avstamp 2', 'officer', '2015-09-30 10:00:00+01'),
    (12, 1, 'DISBURSEMENT', 2015, 3, 'RUN 612-0161-15', 'Utbetalning 2016-03-31: Utmanande avstamp 2', 'officer', '2016-03-31 10:00:00+01'),
    (13, 1, 'DISBURSEMENT', 2015, 3, 'RUN 612-0161-15', 'Utbetalning 2017-03-31: Utmanande avstamp 2', 'officer', '2017-03-31 10:00:00+01'),
    (14, 1, 'COMMITMENT', 2015, 4, 'RUN 612-0162-15', 'Beviljade medel: Träningsprogram för medveten närvaro och resiliens (TMR) (belopp påhittat för demo)', 'board', '2015-06-10 16:00:00+02'),
    (15, 1, 'DISBURSEMENT', 2015, 4, 'RUN 612-0162-15', 'Utbetalning 2015-09-30: Träningsprogram för medveten närvaro och resiliens (TMR)', 'officer', '2015-09-30 10:00:00+01'),
    (16, 1, 'DISBURSEMENT', 2015, 4, 'RUN 612-0162-15', 'Utbetalning 2016-03-31: Träningsprogram för medveten närvaro och resiliens (TMR)', 'officer', '2016-03-31 10:00:00+01'),
    (17, 1, 'DISBURSEMENT', 2015, 4, 'RUN 612-0162-15', 'Utbetalning 2017-03-31: Träningsprogram för medveten närvaro och resiliens (TMR)', 'officer', '2017-03-31 10:00:00+01'),
    (18, 1, 'COMMITMENT', 2015, 5, 'RUN 612-0163-15', 'Beviljade medel: Projekt 4 (namn ej angivet i källan) (belopp påhittat för demo)', 'board', '2015-06-10 16:00:00+02'),
    (19, 1, 'DISBURSEMENT', 2015, 5, 'RUN 612-0163-15', 'Utbetalning 2015-09-30: Projekt 4 (namn ej angivet i källan)', 'officer', '2015-09-30 10:00:00+01'),
    (20, 1, 'DISBURSEMENT', 2015, 5, 'RUN 612-0163-15', 'Utbetalning 2016-03-31: Projekt 4 (namn ej angivet i källan)', 'officer', '2016-03-31 10:00:00+01'),
    (21, 1, 'DISBURSEMENT', 2015, 5, 'RUN 612-0163-15', 'Utbetalning 2017-03-31: Projekt 4 (namn ej angivet i källan)', 'officer', '2017-03-31 10:00:00+01'),
    (22, 1, 'COMMITMENT', 2015, 6, 'RUN 612-0350-15', 'Beviljade medel: Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad (belopp påhittat för demo)', 'board', '2015-12-09 16:00:00+01'),
    (23, 1, 'DISBURSEMENT', 2015, 6, 'RUN 612-0350-15', 'Utbetalning 2016-02-29: Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad', 'officer', '2016-02-29 10:00:00+01'),
    (24, 1, 'DISBURSEMENT', 2015, 6, 'RUN 612-0350-15', 'Utbetalning 2017-02-28: Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad', 'officer', '2017-02-28 10:00:00+01'),
    (25, 1, 'DISBURSEMENT', 2015, 6, 'RUN 612-0350-15', 'Utbetalning 2018-02-28: Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad', 'officer', '2018-02-28 10:00:00+01'),
    (26, 1, 'EXPIRY', 2015, null, null, 'Årsbokslut 2015: återstående anslag brinner inne och får inte föras över till 2016 (belopp följer av påhittade beviljade belopp, påhittat för demo)', 'officer', '2015-12-31 16:00:00+01'),
    (27, 1, 'APPROPRIATION', 2026, null, null, 'Anslag 2026 för sociala investeringar (påhittat för demo, så att den aktuella utlysningen kan bevilja medel)', 'board', '2026-01-02 09:00:00+01');

insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore) values
    (1, 1, 'AVAILABLE', 2014, null, 500000000),
    (1, 1, 'FUNDING_SOURCE', 2014, null, -500000000),
    (2, 1, 'COMMITTED', 2014, 1, 30000000),
    (2, 1, 'AVAILABLE', 2014, null, -30000000),
    (3, 1, 'DISBURSED', 2014, 1, 30000000),
    (3, 1, 'COMMITTED', 2014, 1, -30000000),
    (4, 1, 'EXPIRED', 2014, null, 470000000),
    (4, 1, 'AVAILABLE', 2014, null, -470000000),
    (5, 1, 'AVAILABLE', 2015, null, 3000000000),
    (5, 1, 'FUNDING_SOURCE', 2015, null, -3000000000),
    (6, 1, 'COMMITTED', 2015, 2, 320000000),
    (6, 1, 'AVAILABLE', 2015, null, -320000000),
    (7, 1, 'DISBURSED', 2015, 2, 128000000),
    (7, 1, 'COMMITTED', 2015, 2, -128000000),
    (8, 1, 'DISBURSED', 2015, 2, 96000000),
    (8, 1, 'COMMITTED', 2015, 2, -96000000),
    (9, 1, 'DISBURSED', 2015, 2, 96000000),
    (9, 1, 'COMMITTED', 2015, 2, -96000000),
    (10, 1, 'COMMITTED', 2015, 3, 420000000),
    (10, 1, 'AVAILABLE', 2015, null, -420000000),
    (11, 1, 'DISBURSED', 2015, 3, 168000000),
    (11, 1, 'COMMITTED', 2015, 3, -168000000),
    (12, 1, 'DISBURSED', 2015, 3, 126000000),
    (12, 1, 'COMMITTED', 2015, 3, -126000000),
    (13, 1, 'DISBURSED', 2015, 3, 126000000),
    (13, 1, 'COMMITTED', 2015, 3, -126000000),
    (14, 1, 'COMMITTED', 2015, 4, 310000000),
    (14, 1, 'AVAILABLE', 2015, null, -310000000),
    (15, 1, 'DISBURSED', 2015, 4, 124000000),
    (15, 1, 'COMMITTED', 2015, 4, -124000000),
    (16, 1, 'DISBURSED', 2015, 4, 93000000),
    (16, 1, 'COMMITTED', 2015, 4, -93000000),
    (17, 1, 'DISBURSED', 2015, 4, 93000000),
    (17, 1, 'COMMITTED', 2015, 4, -93000000),
    (18, 1, 'COMMITTED', 2015, 5, 950000000),
    (18, 1, 'AVAILABLE', 2015, null, -950000000),
    (19, 1, 'DISBURSED', 2015, 5, 380000000),
    (19, 1, 'COMMITTED', 2015, 5, -380000000),
    (20, 1, 'DISBURSED', 2015, 5, 285000000),
    (20, 1, 'COMMITTED', 2015, 5, -285000000),
    (21, 1, 'DISBURSED', 2015, 5, 285000000),
    (21, 1, 'COMMITTED', 2015, 5, -285000000),
    (22, 1, 'COMMITTED', 2015, 6, 640000000),
    (22, 1, 'AVAILABLE', 2015, null, -640000000),
    (23, 1, 'DISBURSED', 2015, 6, 217600000),
    (23, 1, 'COMMITTED', 2015, 6, -217600000),
    (24, 1, 'DISBURSED', 2015, 6, 211200000),
    (24, 1, 'COMMITTED', 2015, 6, -211200000),
    (25, 1, 'DISBURSED', 2015, 6, 211200000),
    (25, 1, 'COMMITTED', 2015, 6, -211200000),
    (26, 1, 'EXPIRED', 2015, null, 360000000),
    (26, 1, 'AVAILABLE', 2015, null, -360000000),
    (27, 1, 'AVAILABLE', 2026, null, 3000000000),
    (27, 1, 'FUNDING_SOURCE', 2026, null, -3000000000);

insert into grant_payment (id, grant_id, due_date, amount_ore, condition_text, condition_met_on, condition_met_by, disbursement_id) values
    (1, 1, '2014-11-03', 30000000, null, null, null, 3),
    (2, 2, '2015-09-30', 128000000, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-28', 'officer', 7),
    (3, 2, '2016-03-31', 96000000, null, null, null, 8),
    (4, 2, '2017-03-31', 96000000, null, null, null, 9),
    (5, 3, '2015-09-30', 168000000, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-28', 'officer', 11),
    (6, 3, '2016-03-31', 126000000, null, null, null, 12),
    (7, 3, '2017-03-31', 126000000, null, null, null, 13),
    (8, 4, '2015-09-30', 124000000, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-28', 'officer', 15),
    (9, 4, '2016-03-31', 93000000, null, null, null, 16),
    (10, 4, '2017-03-31', 93000000, null, null, null, 17),
    (11, 5, '2015-09-30', 380000000, 'Detaljerad projektplan med mål, delmål och aktiviteter ska lämnas in', '2015-08-28', 'officer', 19),
    (12, 5, '2016-03-31', 285000000, null, null, null, 20),
    (13, 5, '2017-03-31', 285000000, null, null, null, 21),
    (14, 6, '2016-02-29', 217600000, null, null, null, 23),
    (15, 6, '2017-02-28', 211200000, null, null, null, 24),
    (16, 6, '2018-02-28', 211200000, null, null, null, 25);

-- A second fund, invented for the demo, on the repayment model (återföringsmodellen) as Örebro and
-- Norrköping ran theirs: the boards whose costs fall repay a share of the saving through reduced budget
-- frames; the central budget covers a failed saving. Everything in this block is invented.
insert into organisation (id, name, org_number, kind, invented) values
    (101, 'Örebro kommun', '999000-1019', 'MUNICIPALITY', true),
    (102, 'Förskolenämnden, Örebro kommun', '999000-1019', 'MUNICIPAL_UNIT', true),
    (103, 'Socialnämnden, Örebro kommun', '999000-1019', 'MUNICIPAL_UNIT', true),
    (104, 'Grundskolenämnden, Örebro kommun', '999000-1019', 'MUNICIPAL_UNIT', true);
insert into fund (id, name, owner_organisation_id, purpose, economic_model, carry_over) values
    (2, 'Örebro kommuns sociala investeringsfond (påhittad för demo)', 101,
     'Förebyggande insatser för barn och unga i samverkan mellan minst två nämnder (påhittat för demo)', 'REPAYMENT', true);
insert into fund_focus (id, fund_id, year_from, year_to, text) values
    (2, 2, 2026, 2028, 'Tidiga insatser i förskola och skola som minskar behovet av sociala insatser (påhittat för demo)');
insert into fund_grant (id, fund_id, reference, kind, title, recipient_organisation_id, fiscal_year, application_id, recorded_by, recorded_at) values
    (7, 2, 'KS 2026/101', 'GRANT', 'Tidigt stöd i förskolan (påhittat för demo)', 102, 2026, null, 'board', '2026-01-20 16:00:00+01');
insert into ledger_transaction (id, fund_id, kind, fiscal_year, grant_id, registration_number, description, recorded_by, recorded_at) values
    (28, 2, 'APPROPRIATION', 2026, null, 'KS 2026/100', 'Avsättning 2026 till den sociala investeringsfonden (påhittat för demo)', 'board', '2026-01-10 09:00:00+01'),
    (29, 2, 'COMMITMENT', 2026, 7, 'KS 2026/101', 'Tidigt stöd i förskolan (påhittat för demo)', 'board', '2026-01-20 16:00:00+01'),
    (30, 2, 'DISBURSEMENT', 2026, 7, 'KS 2026/101', 'Utbetalning 2026-02-15: Tidigt stöd i förskolan', 'officer', '2026-02-15 10:00:00+01'),
    (31, 2, 'REPAYMENT', 2026, 7, null, 'Återföring 2026 från Socialnämnden, Örebro kommun för KS 2026/101 (påhittat för demo)', 'officer', '2026-10-01 10:00:00+02');
insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore) values
    (28, 2, 'AVAILABLE', 2026, null, 1000000000), (28, 2, 'FUNDING_SOURCE', 2026, null, -1000000000),
    (29, 2, 'COMMITTED', 2026, 7, 400000000), (29, 2, 'AVAILABLE', 2026, null, -400000000),
    (30, 2, 'DISBURSED', 2026, 7, 150000000), (30, 2, 'COMMITTED', 2026, 7, -150000000),
    (31, 2, 'AVAILABLE', 2026, null, 20000000), (31, 2, 'REPAID', 2026, 7, -20000000);
insert into grant_payment (id, grant_id, due_date, amount_ore, condition_text, condition_met_on, condition_met_by, disbursement_id) values
    (17, 7, '2026-02-15', 150000000, null, null, null, 30),
    (18, 7, '2027-01-31', 150000000, null, null, null, null),
    (19, 7, '2028-01-31', 100000000, null, null, null, null);
insert into repayment_agreement (id, grant_id, loss_cover, recorded_by, recorded_at) values
    (1, 7, 'CENTRAL', 'board', '2026-01-20 16:00:00+01');
insert into repayment_party (agreement_id, organisation_id, share) values
    (1, 103, 0.5), (1, 104, 0.4);
insert into expected_saving (agreement_id, organisation_id, fiscal_year, amount_ore) values
    (1, 103, 2026, 40000000), (1, 103, 2027, 90000000), (1, 103, 2028, 120000000),
    (1, 104, 2026, 30000000), (1, 104, 2027, 70000000), (1, 104, 2028, 100000000);
insert into repayment_claim (id, agreement_id, organisation_id, fiscal_year, amount_ore, status, transaction_id, settled_by, settled_at) values
    (1, 1, 103, 2026, 20000000, 'REPAID', 31, 'officer', '2026-10-01 10:00:00+02'),
    (2, 1, 104, 2026, 12000000, 'CLAIMED', null, null, null);

-- A third fund, invented for the demo, on pay-for-success (a social impact bond): an investor finances the
-- effort and the commissioner pays a price per verified outcome, within caps. Everything here is invented.
insert into organisation (id, name, org_number, kind, invented) values
    (105, 'Norrköpings kommun', '999000-1050', 'MUNICIPALITY', true),
    (106, 'Stiftelsen Sociala utfallskontrakt (investerare)', '999000-1068', 'OTHER', true),
    (107, 'Socialnämnden, Norrköpings kommun', '999000-1050', 'MUNICIPAL_UNIT', true);
insert into fund (id, name, owner_organisation_id, purpose, economic_model, carry_over) values
    (3, 'Norrköpings utfallsfond (påhittad för demo)', 105,
     'Betalning för verifierade resultat för unga som riskerar att inte fullfölja gymnasiet (påhittat för demo)', 'PAY_FOR_SUCCESS', false);
insert into funding_call (id, fund_id, title, description, deadline, budget_ceiling_ore, created_by, created_at, invented) values
    (901, 3, 'Utfallskontrakt 2026: fullföljda gymnasiestudier', 'Påhittad utlysning för demo av betalning för resultat.',
     '2025-12-15 23:59:00+01', 600000000, 'officer', '2025-10-01 09:00:00+02', true);
insert into application (id, call_id, applicant_organisation_id, created_by, title, target_group, method, defined_effect,
    co_financing, continuation, start_date, end_date, requested_amount_ore, status, registration_number, submitted_at, invented) values
    (901, 901, 107, 'import', 'Fullfölj! – mentorskap för unga i gymnasiet (påhittad)', 'Unga 16–19 år med hög frånvaro',
     'Mentorer och familjestöd', 'Fler fullföljer gymnasiet', 'Arbetstid från skola och socialtjänst', 'Ingår i elevhälsan efter tre år',
     '2026-02-01', '2028-12-31', 600000000, 'GRANTED', 'NKPG-2025-0901', '2025-12-10 12:00:00+01', true);
insert into application_co_applicant (application_id, organisation_id) values (901, 105);
-- Gullspång's pre-study grant of 2014 (the report: "en mindre summa förstudiemedel till Gullspång kommun"), as a
-- pre-study call and application that the spring 2015 application grew out of. The call, the texts, the amount and
-- the dates are invented for the demo; the grant itself is the ledger's grant 1.
insert into funding_call (id, fund_id, title, description, deadline, budget_ceiling_ore, created_by, created_at, invented) values
    (4, 1, 'Förstudiemedel 2014', 'Förstudiemedel för kommuner som vill bygga upp en social investering inför en ansökan om sociala investeringsmedel (påhittad utlysning för demo).',
     '2014-09-30 23:59:00+02', 50000000, 'officer', '2014-06-02 09:00:00+02', true);
insert into call_version (call_id, version_no, title, purpose, description, budget_ceiling_ore, max_amount_ore, max_months, closes_at,
                          handling_days, eligibility, kind, created_by, created_at) values
    (4, 1, 'Förstudiemedel 2014', 'Hjälpa lovande idéer att bli redo för en social investering',
     'Förstudiemedel för kommuner som vill bygga upp en social investering inför en ansökan om sociala investeringsmedel (påhittad utlysning för demo).',
     50000000, 30000000, 12, '2014-09-30 23:59:00+02', 30,
     '{"applicantKinds": ["REGION", "REGION_UNIT", "MUNICIPALITY", "MUNICIPAL_UNIT"], "collaboration": "NONE", "coFinancingRequired": false}',
     'PRE_STUDY', 'officer', '2014-06-02 09:00:00+02');
insert into application (id, call_id, applicant_organisation_id, created_by, title, target_group, method, defined_effect,
    co_financing, continuation, start_date, end_date, requested_amount_ore, status, registration_number, submitted_at, invented, answers) values
    (902, 4, (select id from organisation where name = 'Gullspångs kommun'), 'import', 'Förstudie: tidiga insatser för familjer i Gullspång',
     'Barn och unga i familjer där skolan, socialtjänsten och vårdcentralen ser tidiga tecken på svårigheter.',
     'Kartlägga behoven tillsammans med regionens operativa arbetsgrupp och pröva resursmöten med familjecoach.',
     null, null, null, '2014-10-15', '2015-03-31', 30000000, 'GRANTED', 'RUN 612-0412-14', '2014-09-22 14:00:00+02', true,
     '{"projectType": "METHOD_APPLICATION", "ageFrom": 0, "ageTo": 18, "groupSize": 50, "selection": "Familjer som skolan och socialtjänsten möter", "need": "Fler barn i kommunen lämnar grundskolan utan godkända betyg", "methodKind": "NEW", "implementationPlan": "Dialog med regionens operativa arbetsgrupp hösten 2014, behovskartläggning och en ansökan till första utlysningen våren 2015", "budget": [{"year": 2014, "category": "STAFF", "amountOre": 20000000}, {"year": 2015, "category": "STAFF", "amountOre": 10000000}]}');
insert into decision (id, application_id, outcome, granted_amount_ore, reasons, decided_on, decision_body, minutes_paragraph,
    minutes_posted_on, registration_number, recorded_by, recorded_at) values
    (902, 902, 'GRANTED', 30000000, 'Bifall. Förstudiemedel för att bygga upp investeringen inför en ansökan i den första utlysningen (påhittat för demo).',
     '2014-10-15', 'Regionutvecklingsnämnden', '§ 98', '2014-10-21', 'RUN 612-0412-14', 'board', '2014-10-15 14:00:00+02');
update application set pre_study_id = 902 where id = 3;
update fund_grant set application_id = 902 where id = 1;
-- the partners of every application sent before SIF asked them confirmed it then
update application_co_applicant c set confirmation = 'CONFIRMED', confirmed_by = 'import', confirmed_at = a.submitted_at
from application a where a.id = c.application_id and a.status <> 'DRAFT';
insert into screening_result (id, application_id, formal_complete, formal_notes, triage_grade, outcome, reasons_text, completion_deadline, recorded_by, recorded_at) values
    (901, 901, true, 'Påhittad sållning för demo', 1, 'TO_PANEL', null, null, 'officer', '2025-12-17 10:00:00+01');
insert into decision (id, application_id, outcome, granted_amount_ore, reasons, decided_on, decision_body, minutes_paragraph,
    minutes_posted_on, registration_number, recorded_by, recorded_at) values
    (901, 901, 'GRANTED', 600000000, 'Utfallskontrakt med investerare; betalning endast för verifierade resultat (påhittat för demo)',
     '2026-01-25', 'Kommunstyrelsen', '§ 12', '2026-01-28', 'KS 2026/0042', 'board', '2026-01-25 16:00:00+01');
insert into investment (id, decision_id, application_id, fund_id, title, owner_organisation_id, project_leader, granted_amount_ore, start_date, end_date) values
    (901, 901, 901, 3, 'Fullfölj! – mentorskap för unga i gymnasiet (påhittad)', 107, null, 600000000, '2026-02-01', '2028-12-31');
insert into indicator (id, investment_id, name, unit, baseline, baseline_period, target, direction, invented) values
    (901, 901, 'Unga i målgruppen som fullföljt ett gymnasieår', 'person', 0, '2025', 60, 'INCREASE', true);
insert into indicator_value (id, indicator_id, period, value, group_size, comment, reported_by, reported_at) values
    (901, 901, '2026 VT', 30, 42, 'Påhittat för demo', 'officer', '2026-06-30 12:00:00+02');
insert into fund_grant (id, fund_id, reference, kind, title, recipient_organisation_id, fiscal_year, application_id, recorded_by, recorded_at) values
    (901, 3, 'KS 2026/0042', 'GRANT', 'Fullfölj! – mentorskap för unga i gymnasiet (påhittad)', 107, 2026, 901, 'board', '2026-01-25 16:00:00+01');
insert into ledger_transaction (id, fund_id, kind, fiscal_year, grant_id, registration_number, description, recorded_by, recorded_at) values
    (901, 3, 'APPROPRIATION', 2026, null, 'KS 2026/0010', 'Avsättning 2026 till utfallsfonden (påhittat för demo)', 'board', '2026-01-10 09:00:00+01'),
    (902, 3, 'COMMITMENT', 2026, 901, 'KS 2026/0042', 'Fullfölj! – tak för utfallskontraktet (påhittat för demo)', 'board', '2026-01-25 16:00:00+01'),
    (903, 3, 'OUTCOME_PAYMENT', 2026, 901, 'KS 2026/0042', 'Resultatbetalning 2026 VT: Unga i målgruppen som fullföljt ett gymnasieår', 'officer', '2026-08-20 10:00:00+02');
insert into ledger_entry (transaction_id, fund_id, account, fiscal_year, grant_id, amount_ore) values
    (901, 3, 'AVAILABLE', 2026, null, 800000000), (901, 3, 'FUNDING_SOURCE', 2026, null, -800000000),
    (902, 3, 'COMMITTED', 2026, 901, 600000000), (902, 3, 'AVAILABLE', 2026, null, -600000000),
    (903, 3, 'OUTCOME_PAID', 2026, 901, 45000000), (903, 3, 'COMMITTED', 2026, 901, -45000000);
insert into outcomes_contract (id, investment_id, investor_organisation_id, total_cap_ore, recorded_by, recorded_at) values
    (1, 901, 106, 600000000, 'board', '2026-01-25 16:00:00+01');
insert into outcome_measure (id, contract_id, indicator_id, price_per_unit_ore, period_cap_ore) values
    (1, 1, 901, 1500000, 120000000);
insert into investor_investment (id, contract_id, paid_on, amount_ore) values
    (1, 1, '2026-02-01', 200000000);
insert into outcome_verification (id, measure_id, period, units, evidence, verified_by, verified_on, paid_ore, paid_on, ledger_transaction) values
    (1, 1, '2026 VT', 30, 'Registerutdrag från skolan, granskat av extern utvärderare (påhittat för demo)', 'officer', '2026-08-15', 45000000, '2026-08-20', 903);

-- running balances, as the application keeps them (V4)
insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
select fund_id, account, fiscal_year, coalesce(grant_id, 0), sum(amount_ore)
from ledger_entry group by fund_id, account, fiscal_year, coalesce(grant_id, 0);
insert into ledger_balance (fund_id, account, fiscal_year, grant_key, amount_ore)
select fund_id, account, fiscal_year, 0, sum(amount_ore)
from ledger_entry where grant_id is not null group by fund_id, account, fiscal_year;

insert into fiscal_year_close (fund_id, fiscal_year, early, registration_number, closed_by, closed_at) values
    (1, 2014, false, null, 'officer', '2014-12-31 16:00:00+01'),
    (1, 2015, false, null, 'officer', '2015-12-31 16:00:00+01');

-- investment: one per grant
insert into investment (id, decision_id, application_id, fund_id, title, owner_organisation_id, project_leader, granted_amount_ore, start_date, end_date) values
    (1, 3, 1, 1, 'Träningsprogram för medveten närvaro och resiliens (TMR)', 10, null, 310000000, '2015-09-01', '2018-06-30'),
    (2, 1, 2, 1, 'Tidiga insatser för ökad skolnärvaro', 12, null, 320000000, '2015-08-17', '2018-06-15'),
    (3, 2, 3, 1, 'Utmanande avstamp 2', 6, 'leader', 420000000, '2015-09-01', '2018-08-31'),
    (4, 4, 4, 1, 'Projekt 4 (namn ej angivet i källan)', 28, null, 950000000, '2015-10-01', '2017-12-31'),
    (5, 11, 22, 1, 'Trygg start – integration och skolframgång för nyanlända barn i Sjuhärad', 7, null, 640000000, '2016-01-01', '2018-12-31');

-- indicator: the Dexter and Gullspång indicators are from the report, the rest invented
insert into indicator (id, investment_id, name, unit, baseline, baseline_period, target, direction, invented) values
    (1, 2, 'Andel lektioner med registrerad frånvaro i Dexter', '%', 50, 'Läsåret 2014/15', 90, 'INCREASE', false),
    (2, 2, 'Andel elever i åk 1–3 med närvaro under 85 %', '%', 8.5, 'Läsåret 2014/15', 5, 'DECREASE', true),
    (3, 3, 'Antal familjer som erbjudits resursmöte', 'antal', 0, '2015', 50, 'INCREASE', false),
    (4, 3, 'Andel identifierade barn med stärkta skyddsfaktorer', '%', 0, '2015', 22, 'INCREASE', false),
    (5, 1, 'Andel deltagande elever med förbättrad självskattad stresshantering', '%', 0, '2015', 50, 'INCREASE', true),
    (6, 1, 'Andel deltagande elever med godkända betyg i alla ämnen', '%', 62, 'Läsåret 2014/15', 72, 'INCREASE', true),
    (7, 4, 'Andel elever i åk 9 med godkända betyg i alla ämnen', '%', 68, 'Läsåret 2014/15', 75, 'INCREASE', true),
    (8, 5, 'Andel nyanlända barn med kartläggning och individuell plan inom två månader', '%', 30, '2015', 90, 'INCREASE', true),
    (9, 5, 'Andel nyanlända elever i åk 9 behöriga till gymnasiet', '%', 35, 'Läsåret 2014/15', 50, 'INCREASE', true);

-- indicator_value: aggregated values only, group size at least 5 (all values invented)
insert into indicator_value (id, indicator_id, period, value, group_size, comment, reported_by, reported_at) values
    (1, 1, '2016', 71, 412, 'Fler lärare registrerar frånvaro efter utbildning (påhittat för demo)', 'officer', '2017-02-15 10:00:00+01'),
    (2, 1, '2017', 88, 405, 'Nära målvärdet (påhittat för demo)', 'officer', '2018-02-14 10:00:00+01'),
    (3, 2, '2016', 7.6, 412, 'Minskning efter kartläggning och SIP (påhittat för demo)', 'officer', '2017-02-15 10:00:00+01'),
    (4, 2, '2017', 6.1, 405, 'Fortsatt minskning (påhittat för demo)', 'officer', '2018-02-14 10:00:00+01'),
    (5, 3, '2016', 18, 18, 'Resursmöten i gång sedan våren 2016 (påhittat för demo)', 'leader', '2017-01-31 13:00:00+01'),
    (6, 3, '2017', 37, 37, 'Kumulativt antal familjer (påhittat för demo)', 'leader', '2018-01-30 13:00:00+01'),
    (7, 4, '2016', 12.5, 24, 'Första uppföljningen av skyddsfaktorer (påhittat för demo)', 'leader', '2017-01-31 13:00:00+01'),
    (8, 4, '2017', 19.4, 36, 'Närmar sig målet 22 % (påhittat för demo)', 'leader', '2018-01-30 13:00:00+01'),
    (9, 5, '2016', 34, 48, 'Efter första programomgången (påhittat för demo)', 'officer', '2017-03-01 10:00:00+01'),
    (10, 5, '2017', 45, 52, 'Efter andra programomgången (påhittat för demo)', 'officer', '2018-03-01 10:00:00+01'),
    (11, 6, '2017', 66, 52, 'Betyg vårterminen 2017 (påhittat för demo)', 'officer', '2017-09-15 10:00:00+02'),
    (12, 7, '2016', 70, 180, 'Betyg vårterminen 2016 (påhittat för demo)', 'officer', '2016-09-15 10:00:00+02'),
    (13, 7, '2017', 72.5, 176, 'Betyg vårterminen 2017 (påhittat för demo)', 'officer', '2017-09-15 10:00:00+02'),
    (14, 8, '2016', 64, 85, 'Kompetensteamet i gång i alla tio kommuner (påhittat för demo)', 'officer', '2017-02-20 10:00:00+01'),
    (15, 8, '2017', 86, 102, 'Nära målvärdet (påhittat för demo)', 'officer', '2018-02-20 10:00:00+01'),
    (16, 9, '2017', 41, 39, 'Första årskullen som gått hela åk 9 i projektet (påhittat för demo)', 'officer', '2017-09-20 10:00:00+02');

-- registration_series: new registration numbers continue after the highest used (RUN 612-0412-14, RUN 612-0353-15)
insert into registration_series (year, last_number) values
    (2014, 412),
    (2015, 353);

-- move the sequences past the explicit ids
select setval(pg_get_serial_sequence('fund_grant', 'id'), (select max(id) from fund_grant));
select setval(pg_get_serial_sequence('repayment_agreement', 'id'), (select max(id) from repayment_agreement));
select setval(pg_get_serial_sequence('repayment_claim', 'id'), (select max(id) from repayment_claim));
select setval(pg_get_serial_sequence('outcomes_contract', 'id'), (select max(id) from outcomes_contract));
select setval(pg_get_serial_sequence('outcome_measure', 'id'), (select max(id) from outcome_measure));
select setval(pg_get_serial_sequence('investor_investment', 'id'), (select max(id) from investor_investment));
select setval(pg_get_serial_sequence('outcome_verification', 'id'), (select max(id) from outcome_verification));
select setval(pg_get_serial_sequence('ledger_transaction', 'id'), (select max(id) from ledger_transaction));
select setval(pg_get_serial_sequence('ledger_entry', 'id'), (select max(id) from ledger_entry));
select setval(pg_get_serial_sequence('grant_payment', 'id'), (select max(id) from grant_payment));
select setval(pg_get_serial_sequence('organisation', 'id'), (select max(id) from organisation));
select setval(pg_get_serial_sequence('user_account', 'id'), (select max(id) from user_account));
select setval(pg_get_serial_sequence('fund', 'id'), (select max(id) from fund));
select setval(pg_get_serial_sequence('fund_focus', 'id'), (select max(id) from fund_focus));
select setval(pg_get_serial_sequence('funding_call', 'id'), (select max(id) from funding_call));
-- each demo call's content as its first version (VGR's rules: the region and a municipality, at most three years)
insert into call_version (call_id, version_no, title, purpose, focus, description, budget_ceiling_ore, max_months, closes_at,
                          handling_days, created_by, created_at)
select c.id, 1, c.title, f.purpose, (select text from fund_focus ff where ff.fund_id = c.fund_id order by year_from desc limit 1),
       c.description, c.budget_ceiling_ore, 36, c.deadline, 60, c.created_by, c.created_at
from funding_call c join fund f on f.id = c.fund_id
where not exists (select 1 from call_version v where v.call_id = c.id);
select setval(pg_get_serial_sequence('application', 'id'), (select max(id) from application));
select setval(pg_get_serial_sequence('screening_result', 'id'), (select max(id) from screening_result));
select setval(pg_get_serial_sequence('conflict_of_interest', 'id'), (select max(id) from conflict_of_interest));
select setval(pg_get_serial_sequence('assessment', 'id'), (select max(id) from assessment));
select setval(pg_get_serial_sequence('decision', 'id'), (select max(id) from decision));
select setval(pg_get_serial_sequence('investment', 'id'), (select max(id) from investment));
select setval(pg_get_serial_sequence('indicator', 'id'), (select max(id) from indicator));
select setval(pg_get_serial_sequence('indicator_value', 'id'), (select max(id) from indicator_value));

-- economics: a socio-economic calculation (forecast, version 1) for each granted investment. TMR's 7–32 MSEK and
-- Gullspång's 900 kSEK a year are from the report; every split by actor and all other figures are invented.
insert into calculation_version (application_id, version, purpose, note, document, created_by, created_at) values
    (1, 1, 'FORECAST', 'Ansökans intervall 7–32 Mkr undvikna kostnader (ur rapporten) som osäkerhet på effekten; fördelningen per aktör är påhittad för demo.', '{"name": "TMR – prognos med ansökan", "startYear": 2015, "horizonYears": 12, "priceBaseYear": 2015, "interventionYears": 3, "perspective": "SOCIETY", "discountingVersion": "sif-default-1", "firstYear": "UNDISCOUNTED", "optimismBiasVersion": "none", "priceIndexVersion": "scb-kpi-1980-100-2023", "actors": [{"id": "vgr_fund", "name": "VGR – sociala investeringsmedel", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "vgr_bup", "name": "VGR – barn- och ungdomspsykiatrin", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "gbg_school", "name": "SDF Västra Göteborg – skolan", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": null}, {"id": "gbg_social", "name": "SDF Västra Göteborg – socialtjänsten", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": null}, {"id": "state", "name": "Staten (Försäkringskassan, Arbetsförmedlingen)", "kind": "STATE", "ownerOrganisation": false, "organisationId": null}], "costs": [{"actorId": "vgr_fund", "year": 0, "amountOre": 104000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 1, "amountOre": 104000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 2, "amountOre": 102000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "gbg_school", "year": 0, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Avsatt tid för skolpersonal (påhittat för demo)"}, {"actorId": "gbg_school", "year": 1, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Avsatt tid för skolpersonal (påhittat för demo)"}, {"actorId": "gbg_school", "year": 2, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Avsatt tid för skolpersonal (påhittat för demo)"}, {"actorId": "gbg_social", "year": 0, "amountOre": 10000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Psykologenheten Väster (påhittat för demo)"}, {"actorId": "gbg_social", "year": 1, "amountOre": 10000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Psykologenheten Väster (påhittat för demo)"}, {"actorId": "gbg_social", "year": 2, "amountOre": 10000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Psykologenheten Väster (påhittat för demo)"}], "outcomes": [{"name": "Elever som undviker långvarig psykisk ohälsa och skolmisslyckande", "population": 300, "engagement": 0.8, "impact": 0.1, "deadweight": 0.0, "displacement": 0.0, "attribution": 1.0, "lagYears": 1, "durationYears": 10, "dropOff": 0.0, "discountBasis": "STANDARD", "indicatorId": 5, "indicatorMeasure": "PERCENT", "valueStreams": [{"actorId": "vgr_bup", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 1500000, "kind": "FISCAL", "cashableShare": 0.3, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "gbg_school", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 1250000, "kind": "FISCAL", "cashableShare": 0.3, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "gbg_social", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 2500000, "kind": "FISCAL", "cashableShare": 0.6, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "state", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 1000000, "kind": "FISCAL", "cashableShare": 0.8, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}]}], "uncertainties": [{"parameter": "outcomes[0].impact", "low": 0.04666666666666666, "likely": 0.1, "high": 0.21333333333333335, "shape": "TRIANGULAR"}]}', 'import', '2015-05-04 12:00:00+02'),
    (2, 1, 'FORECAST', 'Påhittad kalkyl för demo på enhetskostnader ur biblioteket.', '{"name": "Tidiga insatser – prognos med ansökan", "startYear": 2015, "horizonYears": 12, "priceBaseYear": 2015, "interventionYears": 3, "perspective": "SOCIETY", "discountingVersion": "sif-default-1", "firstYear": "UNDISCOUNTED", "optimismBiasVersion": "sif-default-1", "priceIndexVersion": "scb-kpi-1980-100-2023", "actors": [{"id": "vgr_fund", "name": "VGR – sociala investeringsmedel", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "vgr_bup", "name": "VGR – barn- och ungdomspsykiatrin", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "boras_school", "name": "Borås stad – grundskolan", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 7}, {"id": "boras_ifo", "name": "Borås stad – individ- och familjeomsorgen", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 7}], "costs": [{"actorId": "vgr_fund", "year": 0, "amountOre": 107000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 1, "amountOre": 107000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 2, "amountOre": 106000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "boras_school", "year": 0, "amountOre": 20000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "boras_school", "year": 1, "amountOre": 20000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "boras_school", "year": 2, "amountOre": 20000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "boras_ifo", "year": 0, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "boras_ifo", "year": 1, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "boras_ifo", "year": 2, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "vgr_bup", "year": 0, "amountOre": 10000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "vgr_bup", "year": 1, "amountOre": 10000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "vgr_bup", "year": 2, "amountOre": 10000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}], "outcomes": [{"name": "Elever i åk 1–3 som når godkänd närvaro", "population": 410, "engagement": 0.9, "impact": 0.4, "deadweight": 0.15, "displacement": 0.0, "attribution": 1.0, "lagYears": 0, "durationYears": 6, "dropOff": 0.1, "discountBasis": "STANDARD", "indicatorId": null, "indicatorMeasure": null, "valueStreams": [{"actorId": "boras_school", "unitCostCode": "resource_school_place_year", "unitCostVersion": 1, "quantity": 0.05, "unitValueOre": 779070, "kind": "FISCAL", "cashableShare": 0.9, "confidenceGrade": 3, "discountBasis": null, "priceYear": 2021}, {"actorId": "boras_ifo", "unitCostCode": "child_welfare_investigation_bbic", "unitCostVersion": 1, "quantity": 0.1, "unitValueOre": 305610, "kind": "FISCAL", "cashableShare": 0.1, "confidenceGrade": 3, "discountBasis": null, "priceYear": 2015}, {"actorId": "vgr_bup", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 200000, "kind": "FISCAL", "cashableShare": 0.2, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}]}], "uncertainties": [{"parameter": "outcomes[0].impact", "low": 0.2, "likely": 0.4, "high": 0.5, "shape": "PERT"}, {"parameter": "outcomes[0].deadweight", "low": 0.05, "likely": 0.15, "high": 0.3, "shape": "PERT"}]}', 'import', '2015-05-04 12:00:00+02'),
    (3, 1, 'FORECAST', 'Ansökans beräknade besparing 900 tkr per år (ur rapporten): 50 familjer × 22 % × 81 818 kr; fördelningen per aktör är påhittad för demo.', '{"name": "Utmanande avstamp 2 – prognos med ansökan", "startYear": 2015, "horizonYears": 15, "priceBaseYear": 2015, "interventionYears": 3, "perspective": "SOCIETY", "discountingVersion": "sif-default-1", "firstYear": "UNDISCOUNTED", "optimismBiasVersion": "sif-default-1", "priceIndexVersion": "scb-kpi-1980-100-2023", "actors": [{"id": "vgr_fund", "name": "VGR – sociala investeringsmedel", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "vgr_bup", "name": "VGR – barn- och ungdomspsykiatrin", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "vgr_primary", "name": "VGR – Närhälsan Gullspång vårdcentral", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "gullspang_ifo", "name": "Gullspångs kommun – socialtjänsten (IFO)", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 6}, {"id": "gullspang_school", "name": "Gullspångs kommun – skolan", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 6}], "costs": [{"actorId": "vgr_fund", "year": 0, "amountOre": 140000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 1, "amountOre": 140000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 2, "amountOre": 140000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "gullspang_ifo", "year": 0, "amountOre": 25000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Familjecoach och resursmöten (påhittat för demo)"}, {"actorId": "gullspang_ifo", "year": 1, "amountOre": 25000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Familjecoach och resursmöten (påhittat för demo)"}, {"actorId": "gullspang_ifo", "year": 2, "amountOre": 25000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Familjecoach och resursmöten (påhittat för demo)"}, {"actorId": "gullspang_school", "year": 0, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "gullspang_school", "year": 1, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "gullspang_school", "year": 2, "amountOre": 15000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "vgr_primary", "year": 0, "amountOre": 8000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "vgr_primary", "year": 1, "amountOre": 8000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "vgr_primary", "year": 2, "amountOre": 8000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}], "outcomes": [{"name": "Barn med stärkta skyddsfaktorer och minskade riskfaktorer", "population": 50, "engagement": 1.0, "impact": 0.22, "deadweight": 0.0, "displacement": 0.0, "attribution": 1.0, "lagYears": 1, "durationYears": 10, "dropOff": 0.0, "discountBasis": "STANDARD", "indicatorId": 4, "indicatorMeasure": "PERCENT", "valueStreams": [{"actorId": "gullspang_ifo", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 4500000, "kind": "FISCAL", "cashableShare": 0.6, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "gullspang_school", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 2700000, "kind": "FISCAL", "cashableShare": 0.3, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "vgr_primary", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 600000, "kind": "FISCAL", "cashableShare": 0.2, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "vgr_bup", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 381818, "kind": "FISCAL", "cashableShare": 0.3, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}]}], "uncertainties": [{"parameter": "outcomes[0].impact", "low": 0.1, "likely": 0.22, "high": 0.35, "shape": "PERT"}, {"parameter": "outcomes[0].valueStreams[0].unitValueOre", "low": 2000000, "likely": 4500000, "high": 7000000, "shape": "PERT"}]}', 'import', '2015-05-04 12:00:00+02'),
    (4, 1, 'FORECAST', 'Påhittad kalkyl för demo på enhetskostnader ur biblioteket.', '{"name": "Projekt 4 – prognos (påhittad)", "startYear": 2015, "horizonYears": 20, "priceBaseYear": 2015, "interventionYears": 3, "perspective": "SOCIETY", "discountingVersion": "sif-default-1", "firstYear": "UNDISCOUNTED", "optimismBiasVersion": "sif-default-1", "priceIndexVersion": "scb-kpi-1980-100-2023", "actors": [{"id": "vgr_fund", "name": "VGR – sociala investeringsmedel", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "vgr_bup", "name": "VGR – barn- och ungdomspsykiatrin", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "thn_school", "name": "Trollhättans stad – skolan", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 28}, {"id": "thn_social", "name": "Trollhättans stad – socialtjänsten", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 28}, {"id": "state", "name": "Staten (Försäkringskassan)", "kind": "STATE", "ownerOrganisation": false, "organisationId": null}, {"id": "individual", "name": "Individen", "kind": "INDIVIDUAL", "ownerOrganisation": false, "organisationId": null}], "costs": [{"actorId": "vgr_fund", "year": 0, "amountOre": 320000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 1, "amountOre": 320000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 2, "amountOre": 310000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "thn_school", "year": 0, "amountOre": 30000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "thn_school", "year": 1, "amountOre": 30000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "thn_school", "year": 2, "amountOre": 30000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}], "outcomes": [{"name": "Elever som går ut åk 9 med godkända betyg", "population": 600, "engagement": 0.5, "impact": 0.1, "deadweight": 0.2, "displacement": 0.0, "attribution": 1.0, "lagYears": 2, "durationYears": 15, "dropOff": 0.05, "discountBasis": "STANDARD", "indicatorId": null, "indicatorMeasure": null, "valueStreams": [{"actorId": "thn_school", "unitCostCode": "upper_secondary_pupil_year_avg", "unitCostVersion": 1, "quantity": 0.3, "unitValueOre": 3666000, "kind": "FISCAL", "cashableShare": 0.4, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2018}, {"actorId": "thn_social", "unitCostCode": "financial_assistance_household_year", "unitCostVersion": 1, "quantity": 0.15, "unitValueOre": 903375, "kind": "FISCAL", "cashableShare": 0.95, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2020}, {"actorId": "state", "unitCostCode": "activity_compensation_month_guarantee", "unitCostVersion": 1, "quantity": 1.2, "unitValueOre": 1302000, "kind": "FISCAL", "cashableShare": 1.0, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2023}, {"actorId": "individual", "unitCostCode": "lost_production_value_year", "unitCostVersion": 1, "quantity": 0.2, "unitValueOre": 12080200, "kind": "ECONOMIC", "cashableShare": 0.0, "confidenceGrade": 3, "discountBasis": null, "priceYear": 2022}]}], "uncertainties": [{"parameter": "outcomes[0].impact", "low": 0.05, "likely": 0.1, "high": 0.2, "shape": "PERT"}]}', 'import', '2015-05-04 12:00:00+02'),
    (22, 1, 'FORECAST', 'Påhittad kalkyl för demo på enhetskostnader ur biblioteket.', '{"name": "Trygg start – prognos (påhittad)", "startYear": 2016, "horizonYears": 15, "priceBaseYear": 2016, "interventionYears": 3, "perspective": "SOCIETY", "discountingVersion": "sif-default-1", "firstYear": "UNDISCOUNTED", "optimismBiasVersion": "sif-default-1", "priceIndexVersion": "scb-kpi-1980-100-2023", "actors": [{"id": "vgr_fund", "name": "VGR – sociala investeringsmedel", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "vgr_bup", "name": "VGR – barn- och ungdomspsykiatrin", "kind": "REGION", "ownerOrganisation": true, "organisationId": 1}, {"id": "sjuharad_school", "name": "Sjuhäradskommunerna – skolan", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 7}, {"id": "sjuharad_social", "name": "Sjuhäradskommunerna – socialtjänsten", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": false, "organisationId": 7}, {"id": "state", "name": "Staten (Arbetsförmedlingen)", "kind": "STATE", "ownerOrganisation": false, "organisationId": null}], "costs": [{"actorId": "vgr_fund", "year": 0, "amountOre": 215000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 1, "amountOre": 215000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "vgr_fund", "year": 2, "amountOre": 210000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": null, "note": null}, {"actorId": "sjuharad_school", "year": 0, "amountOre": 40000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "sjuharad_school", "year": 1, "amountOre": 40000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}, {"actorId": "sjuharad_school", "year": 2, "amountOre": 40000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": null, "note": "Påhittat för demo"}], "outcomes": [{"name": "Nyanlända elever som når behörighet till gymnasiet", "population": 500, "engagement": 0.7, "impact": 0.15, "deadweight": 0.3, "displacement": 0.0, "attribution": 1.0, "lagYears": 1, "durationYears": 8, "dropOff": 0.1, "discountBasis": "STANDARD", "indicatorId": null, "indicatorMeasure": null, "valueStreams": [{"actorId": "sjuharad_school", "unitCostCode": "upper_secondary_national_programme_pupil_year", "unitCostVersion": 1, "quantity": 0.2, "unitValueOre": 2042000, "kind": "FISCAL", "cashableShare": 0.9, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2023}, {"actorId": "sjuharad_social", "unitCostCode": "financial_assistance_household_year", "unitCostVersion": 1, "quantity": 0.1, "unitValueOre": 602250, "kind": "FISCAL", "cashableShare": 0.95, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2020}, {"actorId": "vgr_bup", "unitCostCode": null, "unitCostVersion": null, "quantity": null, "unitValueOre": 300000, "kind": "FISCAL", "cashableShare": 0.2, "confidenceGrade": 4, "discountBasis": null, "priceYear": null}, {"actorId": "state", "unitCostCode": "activity_support_day_basic", "unitCostVersion": 1, "quantity": 20, "unitValueOre": 446000, "kind": "FISCAL", "cashableShare": 1.0, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2021}]}], "uncertainties": [{"parameter": "outcomes[0].impact", "low": 0.05, "likely": 0.15, "high": 0.25, "shape": "PERT"}]}', 'import', '2015-09-30 12:00:00+02'),
    (901, 1, 'FORECAST', 'Påhittad kalkyl för demo: 2023 års priser, det senaste året i prisindexserien.', '{"name": "Fullfölj! – prognos (påhittad)", "startYear": 2026, "horizonYears": 15, "priceBaseYear": 2023, "interventionYears": 3, "perspective": "OWNER_ORGANISATION", "discountingVersion": "sif-default-1", "firstYear": "UNDISCOUNTED", "optimismBiasVersion": "sif-default-1", "priceIndexVersion": "scb-kpi-1980-100-2023", "actors": [{"id": "nkp_fund", "name": "Norrköpings kommun – utfallsfonden", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": true, "organisationId": 105}, {"id": "nkp_school", "name": "Norrköpings kommun – gymnasieskolan", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": true, "organisationId": 105}, {"id": "nkp_social", "name": "Socialnämnden, Norrköpings kommun", "kind": "MUNICIPALITY_BOARD", "ownerOrganisation": true, "organisationId": 107}, {"id": "state", "name": "Staten (Försäkringskassan)", "kind": "STATE", "ownerOrganisation": false, "organisationId": null}, {"id": "individual", "name": "Individen", "kind": "INDIVIDUAL", "ownerOrganisation": false, "organisationId": null}], "costs": [{"actorId": "nkp_fund", "year": 0, "amountOre": 200000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": 2023, "note": null}, {"actorId": "nkp_fund", "year": 1, "amountOre": 200000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": 2023, "note": null}, {"actorId": "nkp_fund", "year": 2, "amountOre": 200000000, "type": "CASH_FROM_FUND", "nature": "REVENUE", "confidenceGrade": 0, "priceYear": 2023, "note": null}, {"actorId": "nkp_social", "year": 0, "amountOre": 20000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": 2023, "note": "Påhittat för demo"}, {"actorId": "nkp_social", "year": 1, "amountOre": 20000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": 2023, "note": "Påhittat för demo"}, {"actorId": "nkp_social", "year": 2, "amountOre": 20000000, "type": "STAFF_TIME", "nature": "REVENUE", "confidenceGrade": 3, "priceYear": 2023, "note": "Påhittat för demo"}], "outcomes": [{"name": "Unga som fullföljer ett gymnasieår", "population": 120, "engagement": 0.8, "impact": 0.5, "deadweight": 0.2, "displacement": 0.0, "attribution": 1.0, "lagYears": 1, "durationYears": 10, "dropOff": 0.1, "discountBasis": "STANDARD", "indicatorId": 901, "indicatorMeasure": "COUNT", "valueStreams": [{"actorId": "nkp_school", "unitCostCode": "upper_secondary_national_programme_pupil_year", "unitCostVersion": 1, "quantity": 0.5, "unitValueOre": 5105000, "kind": "FISCAL", "cashableShare": 0.9, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2023}, {"actorId": "nkp_social", "unitCostCode": "financial_assistance_household_year", "unitCostVersion": 1, "quantity": 0.2, "unitValueOre": 1204500, "kind": "FISCAL", "cashableShare": 0.95, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2020}, {"actorId": "state", "unitCostCode": "activity_compensation_month_guarantee", "unitCostVersion": 1, "quantity": 2, "unitValueOre": 2170000, "kind": "FISCAL", "cashableShare": 1.0, "confidenceGrade": 1, "discountBasis": null, "priceYear": 2023}, {"actorId": "individual", "unitCostCode": "lost_production_value_year", "unitCostVersion": 1, "quantity": 0.1, "unitValueOre": 6040100, "kind": "ECONOMIC", "cashableShare": 0.0, "confidenceGrade": 3, "discountBasis": null, "priceYear": 2022}]}], "uncertainties": [{"parameter": "outcomes[0].impact", "low": 0.3, "likely": 0.5, "high": 0.7, "shape": "PERT"}]}', 'import', '2026-01-20 12:00:00+02');

-- notification: the demo users' e-mail addresses (invented, on domains reserved for examples)
update user_account set email = case username
    when 'officer' then 'karin.ahlstrom@example.se'
    when 'assessor1' then 'lars.berggren@example.org'
    when 'assessor2' then 'maria.nystrom@example.se'
    when 'assessor3' then 'johan.eklund@example.org'
    when 'steering' then 'helena.sandberg@example.se'
    when 'board' then 'per-olof.dahlgren@example.se'
    when 'applicant' then 'sara.holm@example.se'
    when 'leader' then 'mikael.strand@example.se'
    when 'admin' then 'eva.lundberg@example.se'
    end
where username in ('officer', 'assessor1', 'assessor2', 'assessor3', 'steering', 'board', 'applicant', 'leader', 'admin');

-- fund_grant.legal_force_from: the first day each decision could no longer be appealed, three weeks after its minutes
-- were posted (KL 13 kap.). The pre-study grant's and the municipal fund's dates are invented.
update fund_grant g set legal_force_from = d.minutes_posted_on + 22
from decision d where d.registration_number = g.reference and d.minutes_posted_on is not null;
update fund_grant set legal_force_from = '2014-12-10' where id = 1;
update fund_grant set legal_force_from = '2026-02-11' where id = 7;
update user_account set email = 'anders.noren@example.se' where username = 'officer2';
