-- economics: the unit-cost library's first version, from published Swedish figures. Every row names its
-- source with the sentence the figure appears in; rows marked estimate = true are derived, not published.
-- Figures without a stated price year or value were left out (see docs/unit-costs.md). Officials keep the
-- library in the application: a change is a new version, and calculations keep the version they used.

with u as (insert into unit_cost (code) values ('compulsory_school_pupil_year') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Elevår i grundskolan (riksgenomsnitt)', 'Pupil-year in compulsory school (national average)', 'per elev och år', 'per pupil-year', 11220000, 2018, 'MUNICIPALITY_BOARD',
    'Skolan', 'FISCAL', 0.3, false, 'Lärarnas tidning (Lärarförbundets Magasin), ''Pris för grundskola: 122 miljarder kronor'', 19 Sep 2019, reporting Skolverket statistics for 2018. https://lararnastidning.se/pris-for-grundskola-122-miljarder-kronor/',
    'Snittkostnaden för en grundskoleelev låg på 112 200 kronor (exklusive skolskjuts)', 'Secondary source (trade press) quoting Skolverket; 2018 kronor, all principals, excl. school transport. Kolada figure for municipal schools only in 2018 was 113 700 kr (Expressen/HD 2019-09, same year). Cashable hint 0.3: one pupil fewer rarely frees a teacher; savings only when groups/schools are restructured. Check Skolverket ''Kostnader'' table for the current year before use.', 'system' from u;

with u as (insert into unit_cost (code) values ('upper_secondary_pupil_year_avg') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Elevår i gymnasieskolan (riksgenomsnitt, alla program)', 'Pupil-year in upper-secondary school (national average, all programmes)', 'per elev och år', 'per pupil-year', 12220000, 2018, 'MUNICIPALITY_BOARD',
    'Skolan', 'FISCAL', 0.4, false, 'Lärarnas tidning, ''Pris för grundskola: 122 miljarder kronor'', 19 Sep 2019, reporting Skolverket statistics for 2018. https://lararnastidning.se/pris-for-grundskola-122-miljarder-kronor/',
    'medan den genomsnittliga kostnaden för en gymnasieelev landade på 122 200 kronor (exklusive skolskjuts)', 'Average over all programmes incl. introduction programmes. 2018 kronor. Use as cost of an extra school year (e.g. a repeated year or a year in IM before a national programme). Cashable 0.4: part is paid out as inter-municipal compensation/grants when pupils attend other principals.', 'system' from u;

with u as (insert into unit_cost (code) values ('upper_secondary_national_programme_pupil_year') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Elevår på nationellt program (Riksprislistan, naturvetenskapsprogrammet inkl. måltider)', 'Pupil-year on a national upper-secondary programme (national price list, natural science programme incl. meals)', 'per elev och år', 'per pupil-year', 10210000, 2023, 'MUNICIPALITY_BOARD',
    'Skolan', 'FISCAL', 0.9, false, 'Skolverket, ''Riksprislista för ersättning till fristående skolor 2023'' (decided 31 Jan 2023). https://www.skolverket.se/skolutveckling/statistik/riksprislistan',
    'Grundbelopp för år 2023 (kr/elev och bidragsår) ... Naturvetenskapsprogrammet 96 100 [exklusive måltider] 102 100 [inklusive måltider]', 'Amounts incl. VAT compensation, 2023. Programme costs differ a lot: same list gives Ekonomiprogrammet 93 300, Barn- och fritidsprogrammet 112 400, Industritekniska 169 800 (incl. meals). Pick the programme the target group is expected to enter. Cashable 0.9 because the home municipality pays this amount per pupil to the receiving principal.', 'system' from u;

with u as (insert into unit_cost (code) values ('resource_school_place_year') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Plats i resursskola, högstadiet (Stockholms grundbelopp + resursskoletillägg)', 'Place in a resource school (special support school), lower-secondary, Stockholm', 'per elev och år', 'per pupil-year', 15581400, 2021, 'MUNICIPALITY_BOARD',
    'Skolan', 'FISCAL', 0.9, true, 'estimate: sum of two figures on Stockholms stad, ''Resursskolor och ersättningar'' (2021). https://grundskola.stockholm/aktuellt/nyheter/2021/01/resursskolor-och-ersattningar/ : 119 814 + 36 000',
    'Grundbeloppet för en högstadieelev på en fristående skola är i genomsnitt 119 814 kronor under 2021. För resursskolorna har beloppet utökats med ytterligare 36 000 kronor per elev och år.', 'Derived by addition (hence estimate=true). LOCAL (Stockholm), excludes individual tilläggsbelopp, which can be large for pupils with extensive needs. Marginal cost vs ordinary school = 36 000 kr/yr + any tilläggsbelopp.', 'system' from u;

with u as (insert into unit_cost (code) values ('financial_assistance_household_year') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Ekonomiskt bistånd per biståndshushåll och år (riket)', 'Financial assistance (social assistance) per recipient household and year (national)', 'per hushåll och år', 'per household-year', 6022500, 2020, 'MUNICIPALITY_BOARD',
    'Socialtjänsten', 'FISCAL', 0.95, false, 'Regionfakta, ''Ekonomiskt bistånd'' (Södermanlands län page, updated 2021-06-18), table ''Ekonomiskt bistånd 2020'', Källa: Socialstyrelsen. https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/',
    'Riket 198 514 [biståndshushåll] 11 955 560 [utbetalt, tkr] 60 225 [biståndsbelopp/hushåll (kr)]', 'Average paid per household that received assistance at some point in the year (average duration well under 12 months), so a full year of dependence costs more. 2019: 57 380 kr (same source, earlier version). 2012: ''drygt 47 000 kronor'' (Socialstyrelsen press release 2013-06-18). Excludes handläggning (case-worker time). Transfer: fiscal cost to the municipality, not a socio-economic cost. Cashable 0.95 (payments stop when the household becomes self-supporting).', 'system' from u;

with u as (insert into unit_cost (code) values ('hvb_care_day_youth') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Vårddygn på institution (HVB) för barn och unga – Helsingborg', 'Care day in residential care (HVB) for children/young people – Helsingborg', 'per dygn', 'per day', 265800, 2016, 'MUNICIPALITY_BOARD',
    'Socialtjänsten', 'FISCAL', 0.9, false, 'Helsingborgs stad, Årsredovisning (2016), Socialnämnden – Nyckeltal. https://arsredovisning.helsingborg.se/forvaltningsberattelse/verksamhetsoversikter/namnder-och-styrelser/socialnamnden/nyckeltal/',
    'Vårddygn, snittkostnad/dygn/ungdom, kr 3 283 3 201 2 658 [2014 2015 2016]', 'LOCAL average, all institutional care of young people in Helsingborg; 2016 is pulled down by many low-cost placements of unaccompanied minors (2014: 3 283 kr). No national average per HVB day was found. Range across municipalities 1 100-8 400 kr/dygn per a Socialstyrelsen analysis reported by hejaolika.se (''Barn vårdas för 1200 kronor – eller 8000''). Treatment-HVB for youth with behavioural problems is typically far above this figure – verify against the municipality''s own purchase prices. Cashable 0.9: mostly purchased places paid per day.', 'system' from u;

with u as (insert into unit_cost (code) values ('foster_care_day_municipal') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Vårddygn i kommunalt familjehem (Hällefors)', 'Care day in municipal family foster care (Hällefors)', 'per dygn', 'per day', 67500, 2017, 'MUNICIPALITY_BOARD',
    'Socialtjänsten', 'FISCAL', 0.8, false, 'Bergslagen ETC, ''Privata familjehem fyra gånger dyrare än kommunala'', 2017-03-31. https://bergslagen.etc.se/inrikes/privata-familjehem-fyra-ganger-dyrare-kommunala',
    'I Hällefors kostar det i genomsnitt 2 007 kronor per dygn för privat plats, respektive 675 kronor dygn för en kommunal.', 'LOCAL (one small municipality), newspaper source; price year assumed = publication year 2017 (article does not state the year of the cost data). Ljusnarsberg in the same article: 510 kr/dygn (kommunal). Excludes social-worker time for recruitment and follow-up. Cashable 0.8: arvode and omkostnadsersättning stop when the placement ends.', 'system' from u;

with u as (insert into unit_cost (code) values ('foster_care_day_consultant_supported') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Vårddygn i konsulentstött (privat) familjehem (Hällefors)', 'Care day in agency-supported (private) foster care (Hällefors)', 'per dygn', 'per day', 200700, 2017, 'MUNICIPALITY_BOARD',
    'Socialtjänsten', 'FISCAL', 0.95, false, 'Bergslagen ETC, ''Privata familjehem fyra gånger dyrare än kommunala'', 2017-03-31. https://bergslagen.etc.se/inrikes/privata-familjehem-fyra-ganger-dyrare-kommunala',
    'I Hällefors kostar det i genomsnitt 2 007 kronor per dygn för privat plats, respektive 675 kronor dygn för en kommunal.', 'LOCAL, newspaper source, 2015-2017 refugee-reception period with shortage of places. Ljusnarsberg: 1 925 kr/dygn. Sveriges Radio (Örnsköldsvik) reported purchased private places at 1 900-4 200 kr per dygn (https://sverigesradio.se/artikel/6401355). Cashable 0.95: purchased per day.', 'system' from u;

with u as (insert into unit_cost (code) values ('sis_youth_home_day_total_cost') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Dygnskostnad vid SiS särskilda ungdomshem (total kostnad)', 'Total cost per day at a SiS special youth home (LVU)', 'per dygn', 'per day', 1300000, 2023, 'STATE',
    'Statens institutionsstyrelse (SiS)', 'FISCAL', 0.3, false, 'Riksrevisionen, ''SiS särskilda ungdomshem – brister i statens tvångsvård av barn och unga'' (RiR 2024:7), kap. 1 Inledning, 2024. http://www.riksrevisionen.se/rapporter/granskningsrapporter/2024/sis-sarskilda-ungdomshem---brister-i-statens-tvangsvard-av-barn-och-unga/1.-inledning.html',
    'Dygnskostnaden under 2023 överskred 13 000 kronor per person och den totala kostnaden för ungdomsverksamheten var på drygt 2 700 miljoner kronor.', 'Value is a LOWER BOUND (''överskred''). About one third financed by state appropriation and two thirds by municipal care fees (same source), so split between STATE and MUNICIPALITY_BOARD; for the municipal share use sis_care_fee_day. 2022: ''drygt 12 000 kronor per person'' (Riksrevisionen, pågående granskning page). Cashable 0.3 for the state: capacity is largely fixed.', 'system' from u;

with u as (insert into unit_cost (code) values ('sis_care_fee_day') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'SiS vårdavgift per dygn, behandlingsverksamhet låsbar avdelning (3 § LVU)', 'SiS care fee per day charged to the municipality, locked treatment ward (LVU s.3)', 'per dygn', 'per day', 540000, 2020, 'MUNICIPALITY_BOARD',
    'Socialtjänsten', 'FISCAL', 1.0, false, 'Statens institutionsstyrelse (SiS), ''Kraftigt sänkt avgift i SiS ungdomsvård'', press release 2020. https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/',
    'Vårdavgifter 3 § LVU under perioden 1 juli – 31 december 2020 ... Behandlingsverksamhet Öppen avdelning 3528 kr Låsbar avdelning 5400 kr', 'TEMPORARILY SUBSIDISED fee (28 % reduction, 1 Jul-31 Dec 2020): unsubsidised level would be about 5 400/0.72 = 7 500 kr (derived). Other 2020 H2 fees: akut 5 328, utredning öppen 4 392. Fees have since changed – fetch the current ''Vårdavgifter'' from SiS before use. Cashable 1.0 for the municipality (paid per day).', 'system' from u;

with u as (insert into unit_cost (code) values ('prison_day') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Vårddygn i anstalt (Kriminalvården)', 'Prison day (Swedish Prison and Probation Service)', 'per dygn', 'per day', 320200, 2019, 'STATE',
    'Kriminalvården', 'FISCAL', 0.3, false, 'Kriminalvården, ''Ekonomi och planering'' (web page, source: Kriminalvårdens årsredovisning 2019). https://www.kriminalvarden.se/om-kriminalvarden/kriminalvardens-organisation-ekonomi-och-miljoarbete/ekonomi-och-planering/',
    'Under 2019 var dygnskostnaden i häkte 3 255 kronor och på anstalt 3 202 kronor.', 'Average full cost; the same page notes the day cost depends on occupancy (fixed costs spread over days), so marginal cost is lower. 2020: 3 198 kr anstalt (NT debate article citing Kriminalvården). Cashable 0.3.', 'system' from u;

with u as (insert into unit_cost (code) values ('remand_day') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Vårddygn i häkte (Kriminalvården)', 'Day in remand prison', 'per dygn', 'per day', 325500, 2019, 'STATE',
    'Kriminalvården', 'FISCAL', 0.3, false, 'Kriminalvården, ''Ekonomi och planering'' (source: årsredovisning 2019). https://www.kriminalvarden.se/om-kriminalvarden/kriminalvardens-organisation-ekonomi-och-miljoarbete/ekonomi-och-planering/',
    'Under 2019 var dygnskostnaden i häkte 3 255 kronor och på anstalt 3 202 kronor.', 'Average full cost, see prison_day.', 'system' from u;

with u as (insert into unit_cost (code) values ('probation_day') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Dygn i frivård (Kriminalvården)', 'Day under probation supervision', 'per dygn', 'per day', 33600, 2019, 'STATE',
    'Kriminalvården', 'FISCAL', 0.2, false, 'Kriminalvården, ''Ekonomi och planering'' (source: årsredovisning 2019). https://www.kriminalvarden.se/om-kriminalvarden/kriminalvardens-organisation-ekonomi-och-miljoarbete/ekonomi-och-planering/',
    'Den dagliga kostnaden för en klient i frivård var 336 kronor under 2019.', 'Average cost per client-day.', 'system' from u;

with u as (insert into unit_cost (code) values ('primary_care_doctor_visit') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Läkarbesök i primärvård (utomregionalt pris, Region Stockholm)', 'Primary-care doctor visit (inter-regional price, Region Stockholm)', 'per besök', 'per visit', 197500, 2023, 'REGION',
    'Primärvården', 'FISCAL', 0.2, false, 'Region Stockholm, Vårdgivarguiden, ''Ersättning för utomlänspatienter'' (utomregional prislista, Samverkansnämnden Stockholm-Gotland; page refers to 2023 price lists). https://vardgivarguiden.se/administration/verksamhetsadministration/remittering/vard-av-utomlanspatienter/ersattning-for-utomlanspatienter/',
    'Pris för aktiviteter inom primärvården. Aktivitet Pris* Läkarbesök 1 975 kr ... *Priserna inkluderar ersättning för medicinsk diagnostik.', 'A PRICE charged to other regions, not an average production cost; includes diagnostics. A later version of the same page shows 2 093 kr (probably 2024). Other health-care professional visit: 878 kr. Digital doctor contact: 500 kr. Cashable 0.2: listed patients are mostly paid by capitation, so one visit fewer frees little money.', 'system' from u;

with u as (insert into unit_cost (code) values ('primary_care_other_visit') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Besök hos övrig vårdpersonal i primärvård (utomregionalt pris, Region Stockholm)', 'Primary-care visit to nurse/other professional (inter-regional price, Region Stockholm)', 'per besök', 'per visit', 87800, 2023, 'REGION',
    'Primärvården', 'FISCAL', 0.2, false, 'Region Stockholm, Vårdgivarguiden, ''Ersättning för utomlänspatienter''. https://vardgivarguiden.se/administration/verksamhetsadministration/remittering/vard-av-utomlanspatienter/ersattning-for-utomlanspatienter/',
    'Besök hos övrig hälso- och sjukvårdspersonal (vårdgivare med avtal)** 878 kr', 'Price, not cost; see primary_care_doctor_visit.', 'system' from u;

with u as (insert into unit_cost (code) values ('activity_support_day_basic') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Aktivitetsstöd, grundnivå för den som inte uppfyller villkoren för a-kassa', 'Activity support (labour-market programme allowance), basic level per day', 'per dag (högst 5 dagar/vecka)', 'per day (max 5 days/week)', 22300, 2021, 'STATE',
    'Försäkringskassan / Arbetsförmedlingen', 'FISCAL', 1.0, false, 'Försäkringskassan, ''Ersättning för dig som deltar i program hos Arbetsförmedlingen'' (web page, stored copy, undated). https://www.forsakringskassan.se/privatperson/arbetssokande/ersattning-for-dig-som-deltar-i-program-hos-arbetsformedlingen',
    'När du deltar i ett program får du ett bestämt belopp per dag för högst fem dagar per vecka. ... Om du inte uppfyller villkoren för a-kassa får du 223 kronor per dag.', 'Price year: the FK page is undated; the same 223 kr/dag appears on ungdomstorget.nu next to ''Riksnormen uppdaterad 2021-01-01'', so 2021 is used (check current level). Those who qualify for a-kassa get their a-kassa day rate instead (higher). Transfer (fiscal), not a socio-economic cost. Excludes Arbetsförmedlingen''s programme and staff costs.', 'system' from u;

with u as (insert into unit_cost (code) values ('job_guarantee_allowance_month_avg') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Genomsnittlig ersättning i jobb- och utvecklingsgarantin fas 1-2', 'Average allowance in the job and development guarantee (phases 1-2)', 'per månad', 'per month', 830000, 2014, 'STATE',
    'Försäkringskassan / Arbetsförmedlingen', 'FISCAL', 1.0, false, 'Arbetet, ''11 600 medellön i fas 3'', 2015-05-06, citing Arbetsförmedlingen''s annual report on labour-market programmes. https://arbetet.se/2015/05/06/11-600-medellon-i-fas-3/',
    '11 600 kronor i månaden. Det är vad en fas 3-deltagare i genomsnitt har att leva på varje månad. ... Deltagarna i jobb- och utvecklingsgarantins fas 1 och 2 har i genomsnitt 8 300 kronor att leva på.', 'Secondary source. Year of data assumed 2014 (report published 2015). Fas 3: 11 600 kr/month. The programme structure has since changed (JOB phases abolished) – use as order of magnitude.', 'system' from u;

with u as (insert into unit_cost (code) values ('unemployment_year_benefit_state') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Ett år i arbetsmarknadsprogram – ersättning från staten (uppskattning)', 'One year in a labour-market programme – allowance paid by the state (estimate)', 'per person och år', 'per person-year', 9960000, 2014, 'STATE',
    'Försäkringskassan / Arbetsförmedlingen', 'FISCAL', 1.0, true, 'estimate: job_guarantee_allowance_month_avg (8 300 kr/month, Arbetet 2015 citing Arbetsförmedlingen) × 12',
    null, 'Allowance only; excludes Arbetsförmedlingen''s administration and programme purchase costs and lost tax revenue. Lower bound for someone without a-kassa rights: 223 kr × 5 × 52 = 57 980 kr/yr (activity_support_day_basic, 2021).', 'system' from u;

with u as (insert into unit_cost (code) values ('activity_compensation_month_guarantee') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Aktivitetsersättning, garantinivå hel ersättning (yngre än 20 år)', 'Activity compensation (young disabled), full guarantee level, under 20', 'per månad', 'per month', 1085000, 2023, 'STATE',
    'Försäkringskassan', 'FISCAL', 1.0, false, 'Hjärnkraft, ''Ökning av ersättningar och bidrag 2023'', 2023-01-12 (refers to Försäkringskassan ''Aktuella belopp''). https://hjarnkraft.se/2023/01/12/okning-av-ersattningar-och-bidrag-2023/',
    'För den som är yngre än 20 år är garantinivån 10 850 kronor per månad, en ökning med 868 kronor. För den som fyllt 30 år är nivån 12 163 kronor per månad', 'Secondary source (patient organisation) – verify at forsakringskassan.se ''Aktuella belopp''. Guarantee level rises with age (19-29); income-related compensation can be higher. Earlier level (c. 2020): ''Hel ersättning är 8 790–9 775 kronor per månad före skatt'' (hejaolika.se). Annual ≈ 130 200 kr (×12). Transfer.', 'system' from u;

with u as (insert into unit_cost (code) values ('gang_member_cost_15_years') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Samhällskostnad per gängmedlem under 15 brottsaktiva år', 'Societal cost per gang member over 15 active years', 'per person (15 år)', 'per person (15 years)', 2300000000, 2015, 'OTHER',
    'Polisen, rättsväsendet, Kriminalvården m.fl.', 'ECONOMIC', 0.2, false, 'Skandia Idéer för livet, ''Samhällets pris för gatuvåld och gängkriminalitet'', 2015-04-16, on Nilsson Lundmark & Nilsson, ''Vänd dem inte ryggen'' (for Fryshuset). https://www.ideerforlivet.se/nyheter/samhallets-pris-for-gatuvald-och-gangkriminalitet/',
    'Resultatet de kommit fram till är att enskilda gängmedlemmar under 15 brottsaktiva år kostar samhället i snitt 23 miljoner kronor.', 'Includes police investigations, prison, victims'' health care and lost tax revenue (per the same page). Price year assumed = publication year 2015. Not a budget saving; useful for orders of magnitude.', 'system' from u;

with u as (insert into unit_cost (code) values ('street_robbery_societal_cost') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Samhällskostnad för ett personrån (Nilsson & Wadeskog)', 'Societal cost of one personal robbery (Nilsson & Wadeskog)', 'per brott', 'per offence', 22600000, 2012, 'OTHER',
    'Polisen, rättsväsendet, region, kommun, Försäkringskassan', 'ECONOMIC', 0.2, false, 'Pettersons blogg, ''Gatuvåldet kostar miljarder'', 2013-01-03, quoting DN on Nilsson & Wadeskog, ''Gatuvåldet ur ett kommunalt perspektiv'' (Stiftelsen Akta huvudet / Skandia). https://petterssonsblogg.se/2013/01/03/gatuvaldet-kostar-miljarder/',
    'Ett personrån kostar samhället 226.000 kronor. ... I ”priset” ingår rättsväsende, sjukvård, rehabilitering och kostnader för inkomstbortfall. ... kostnaderna för kriminalvården av den eventuellt gripna förövaren ingår inte.', 'Secondary source (blog quoting DN); same figures in document.no 2013-01-03. Price year assumed 2012 (report published Jan 2013). Mixed actors; excludes Kriminalvården. No per-crime police/justice-only cost was found.', 'system' from u;

with u as (insert into unit_cost (code) values ('assault_moderate_societal_cost') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Samhällskostnad för en ''mycket måttlig'' misshandel (Nilsson & Wadeskog)', 'Societal cost of one ''very moderate'' assault (Nilsson & Wadeskog)', 'per brott', 'per offence', 20300000, 2012, 'OTHER',
    'Polisen, rättsväsendet, region, kommun, Försäkringskassan', 'ECONOMIC', 0.2, false, 'Pettersons blogg, ''Gatuvåldet kostar miljarder'', 2013-01-03, quoting DN on Nilsson & Wadeskog, ''Gatuvåldet ur ett kommunalt perspektiv''. https://petterssonsblogg.se/2013/01/03/gatuvaldet-kostar-miljarder/',
    'En ”mycket måttlig” misshandel kostar 203.000 kronor.', 'See street_robbery_societal_cost. Severe assault leading to invalidity: up to 50 MSEK (same source).', 'system' from u;

with u as (insert into unit_cost (code) values ('lost_production_value_year') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Produktionsvärde av ett heltidsarbete per år (lön + arbetsgivaravgift)', 'Production value of one full-time job per year (wage + employer contributions)', 'per person och år', 'per person-year', 60401000, 2022, 'OTHER',
    'Samhället (produktionsbortfall)', 'ECONOMIC', 0, true, 'estimate: 38 300 kr/month (Medlingsinstitutet, ''Räkna med medianlön eller genomsnittslön'', 2023, https://www.mi.se/nyheter/2023/rakna-med-medianlon-eller-genomsnittslon/ : ''Genomsnittslönen i Sverige var 38 300 kr år 2022'') × 12 × 1.3142 (arbetsgivaravgift 31,42 %, e.g. https://www.ekonomifakta.se/sakomraden/skatt/skatt-pa-arbete/arbetsgivaravgift_1212481.html)',
    'Genomsnittslönen i Sverige var 38 300 kr år 2022.', 'Human-capital method, average full-time employee; for people far from the labour market actual productivity/hours are lower (consider the median wage 34 200 kr → 539 000 kr/yr, or a part-time/entry wage). Excludes contractual pension/insurance fees (~+5-10 %). Not cashable; socio-economic value. Do not add to exclusion_lifetime_cost_per_person (which already includes production loss).', 'system' from u;

with u as (insert into unit_cost (code) values ('child_welfare_investigation_bbic') returning id)
insert into unit_cost_version (unit_cost_id, version, name_sv, name_en, unit_sv, unit_en, value_ore, price_year, actor_kind,
    actor_service, value_kind, cashable_share, estimate, source, quote, notes, created_by)
select id, 1, 'Utredning enligt BBIC (socialtjänstens barnavårdsutredning)', 'Child-welfare investigation (BBIC)', 'per utredning', 'per investigation', 3056100, 2015, 'MUNICIPALITY_BOARD',
    'Socialtjänsten', 'FISCAL', 0.1, true, 'estimate (value read from a flattened table, row mapping inferred): SKL Uppdrag Psykisk Hälsa, ''Insatskostnader – Sociala investeringar'' (standard prices list made for ''Kostnadsberäkningar av 20 barnavårdsärenden'', 2015), copy at https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar',
    'Kommunen Individ och familjeomsorg Utredning BBIC Screening + Esterbedömning Förhandsbedömning 30 561 4 754 1 543 Styck Styck Styck', 'The stored text is a table flattened column by column; 30 561 is taken as the first value for the first label (Utredning BBIC), which is plausible but not certain – hence estimate=true; verify against the original SKL list. The list itself says it gives ''schablonpriser'', staff time × SCB wages + employer fees, excluding premises. Price year assumed 2015. Förhandsbedömning would then be 1 543 kr. Cashable 0.1: staff time.', 'system' from u;
