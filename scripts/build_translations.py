"""Merge hand-written translations into the common-ground tables (round 29), refusing any that would collide.

Skills (`skills.json` `words`): the most frequent words of skill labels (management, analysis, risk, data, quality,
credit, structural…) in the languages the table lacked or held only in part: Estonian, Latvian, Lithuanian,
Icelandic, Hebrew, Thai, Finnish, Hungarian, Czech, Romanian, Swedish, Vietnamese, Korean, Japanese, Chinese, with
the forms compounds are made of where the language glues words (Estonian 'riski', 'andme'; Finnish 'riskien',
'laadun'; Icelandic 'áhættu', 'gagna'). Hobbies and causes (`interests.json` `names`): the commonest ones (knitting,
sourdough baking, wine tasting, marathon running, hiking, horse riding, choir singing, photography…; the
environment, human rights, mental health, refugees…) in the same languages.

Round 30 adds whole skill concepts (`SKILL_CONCEPTS`): a skill professionals name in one word or an idiom of their
language that is not the sum of its words ('Stedenbouw', 'Städtebau' and 'Urban planning'; '팩트체크' and
'Fact-checking'; 'Tragwerksplanung' and 'Structural design'), each an entry of `words` named by the English phrase, so
the English phrase and every form listed read as one word. The English phrase then no longer reads as its two words,
so each concept lists the word-for-word forms of every language too ('Planificación urbana'), or they would stop
meeting it. `TAKEN` moves a form from a looser word to a concept ('Beatmung' is a patient's mechanical ventilation,
never a building's). Causes and hobbies grew in the same languages, with Greek, Russian, Ukrainian, Slovak, Swahili
and Afrikaans. Left out as everyday words of another sense: Afrikaans 'seil' and 'stap', German 'Moderation'
(content moderation in English), Italian 'gallerie' (galleries), Korean '진행' (progress); and forms with an elided
article ("évaluation d'entreprise"), which a skill's words never read as written.

Source: general bilingual knowledge, written by hand (MIT, as the rest of the project). A translation is left out
when it is also an everyday word of another sense in English or another language the table reads (Swedish 'barn',
'drift'; Icelandic 'mat', 'sala'; Romanian 'date'; Hungarian 'jog'; Estonian 'maks': tax and liver), and the script
refuses, and prints, any whose folded form the table already reads as another English word or another hobby.

    .venv/bin/python scripts/build_translations.py           # merge (idempotent) and print what was refused
    .venv/bin/python scripts/build_translations.py --check   # print only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from companion.ground.normalise.skills import word_key  # noqa: E402
from companion.ground.normalise.text import fold  # noqa: E402

DATA = ROOT / "companion" / "ground" / "data"

# One English word a line, then each language's forms: 'english | et: form, form | lv: form'.
SKILL_WORDS = """
management | et: juhtimine, juhtimise, haldus, halduse | lv: vadība, vadības, pārvaldība, pārvaldības, pārvaldīšana | lt: valdymas, valdymo, vadyba, vadybos | is: stjórnun, stjórnunar | he: ניהול | th: การจัดการ, การบริหาร, บริหาร | fi: johtamisen, hallinnan | hu: kezelés, kezelése, vezetés | cs: management, řízení | ro: management, gestionare, gestiune | sv: förvaltning | tr: yönetimi | nl: management | ja: 経営, 管理 | zh: 管理 | ko: 관리, 경영 | ar: ادارة
analysis | et: analüüs, analüüsi | lv: analīze, analīzes | lt: analizė, analizės | is: greining, greiningar | he: ניתוח | th: การวิเคราะห์, วิเคราะห์ | fi: analyysi, analyysit | hu: elemzés, elemzése | cs: analýza | ro: analiză, analiza | sv: analys | tr: analizi | ko: 분석, 해석 | ja: 分析, 解析 | zh: 分析
design | et: disain, projekteerimine | lv: dizains, projektēšana | lt: dizainas, projektavimas | is: hönnun | he: עיצוב | th: การออกแบบ, ออกแบบ | fi: suunnittelu | hu: tervezés | cs: návrh, design | ro: proiectare | sv: design | ko: 설계, 디자인 | ja: 設計, デザイン | zh: 设计, 設計
development | et: arendus, arendamine | lv: attīstība, izstrāde | lt: plėtra, kūrimas | is: þróun | he: פיתוח | th: การพัฒนา, พัฒนา | fi: kehittäminen, kehitys | hu: fejlesztés | cs: vývoj | ro: dezvoltare | sv: utveckling | ko: 개발 | ja: 開発 | zh: 开发, 開發
engineering | et: tehnika | lv: inženierija | lt: inžinerija | is: verkfræði | he: הנדסה | th: วิศวกรรม | fi: tekniikka | hu: mérnöki | ro: inginerie | sv: teknik | ko: 공학 | ja: 工学 | zh: 工程
data | et: andmed, andmete, andme | lv: dati, datu | lt: duomenys, duomenų | is: gögn, gagna | he: נתונים | th: ข้อมูล | fi: data, tietojen | hu: adat, adatok | cs: data, dat | sv: data | ko: 데이터 | ja: データ | zh: 数据, 數據, 资料
research | et: uurimine, uuringud, teadustöö | lv: pētniecība, pētījumi | lt: tyrimai, moksliniai tyrimai | is: rannsóknir | he: מחקר | th: การวิจัย, วิจัย | fi: tutkimus | hu: kutatás | cs: výzkum | ro: cercetare | sv: forskning | ko: 연구 | ja: 研究 | zh: 研究
marketing | et: turundus | lv: mārketings | lt: rinkodara | is: markaðssetning, markaðsmál | he: שיווק | th: การตลาด | fi: markkinointi | hu: marketing | cs: marketing | ro: marketing | sv: marknadsföring | nl: marketing | pl: marketing | ko: 마케팅 | ja: マーケティング | zh: 营销, 行銷
sales | et: müük | lv: pārdošana | lt: pardavimai, pardavimas | he: מכירות | th: การขาย | fi: myynti | hu: értékesítés | cs: prodej | ro: vânzări | sv: försäljning | ko: 영업 | ja: 営業 | zh: 销售
finance | et: rahandus, finants, finantsid | lv: finanses, finanšu | lt: finansai, finansų | is: fjármál | he: כספים, פיננסים | th: การเงิน | fi: rahoitus, talous | hu: pénzügy, pénzügyi | cs: finance | ro: finanțe | sv: finans, finansiering | ko: 재무, 금융 | ja: 財務, 金融 | zh: 金融, 财务
accounting | et: raamatupidamine, arvestus | lv: grāmatvedība | lt: apskaita, buhalterinė apskaita | is: bókhald, reikningshald | he: הנהלת חשבונות, חשבונאות | th: การบัญชี, บัญชี | fi: kirjanpito, laskentatoimi | hu: számvitel, könyvelés | cs: účetnictví | ro: contabilitate | sv: redovisning, bokföring | ko: 회계 | ja: 会計 | zh: 会计, 會計
audit | et: audit, audiitor | lv: audits | lt: auditas | is: endurskoðun | he: ביקורת | th: การตรวจสอบบัญชี | fi: tilintarkastus | hu: könyvvizsgálat | cs: audit | ro: audit | ko: 감사 | ja: 監査 | zh: 审计
risk | et: risk, riski, riskide | lv: risks, riska, risku | lt: rizika, rizikos | is: áhætta, áhættu | he: סיכונים, סיכון | th: ความเสี่ยง | fi: riski, riskien | hu: kockázat, kockázati | cs: riziko, rizik | ro: risc, riscuri | sv: risk, risker | tr: risk | nl: risico | ko: 리스크, 위험 | ja: リスク | zh: 风险, 風險
cybersecurity | et: küberturvalisus, küberturve | lv: kiberdrošība | lt: kibernetinis saugumas, kibernetinė sauga | is: netöryggi | he: סייבר, אבטחת סייבר | th: ความมั่นคงปลอดภัยไซเบอร์ | fi: kyberturvallisuus, kyberturva | hu: kiberbiztonság | cs: kybernetická bezpečnost, kyberbezpečnost | ro: securitate cibernetică | sv: cybersäkerhet | tr: siber güvenlik | ko: 사이버보안, 사이버 보안 | ja: サイバーセキュリティ | zh: 网络安全, 網路安全
information security | et: infoturve, infoturbe | lv: informācijas drošība | fi: tietoturva | hu: információbiztonság | cs: informační bezpečnost | sv: informationssäkerhet | ko: 정보보안, 정보 보안 | ja: 情報セキュリティ | zh: 信息安全, 資訊安全
quality | et: kvaliteet, kvaliteedi | lv: kvalitāte, kvalitātes | lt: kokybė, kokybės | is: gæði, gæða | he: איכות | th: คุณภาพ | fi: laatu, laadun | hu: minőség, minőségi | cs: kvalita, kvality | ro: calitate, calității | sv: kvalitet | ko: 품질 | ja: 品質 | zh: 质量, 品質
control | et: kontroll | lv: kontrole | lt: kontrolė | is: eftirlit | he: בקרה | th: การควบคุม | fi: valvonta | hu: ellenőrzés | cs: kontrola, řízení | ro: control | sv: kontroll
planning | et: planeerimine | lv: plānošana | lt: planavimas | is: áætlanagerð | he: תכנון | th: การวางแผน | fi: suunnittelu | hu: tervezés | cs: plánování | ro: planificare | sv: planering | ko: 계획, 기획 | ja: 計画 | zh: 规划, 计划
strategy | et: strateegia | lv: stratēģija | lt: strategija | is: stefnumótun | he: אסטרטגיה | th: กลยุทธ์ | fi: strategia | hu: stratégia | cs: strategie | ro: strategie | sv: strategi | ko: 전략 | ja: 戦略 | zh: 战略, 策略
project | et: projekt, projekti, projektide | lv: projekts, projektu | lt: projektas, projektų | is: verkefni, verkefna | he: פרויקטים, פרויקט | th: โครงการ | fi: projekti, projektin, projektien | hu: projekt | cs: projekt, projektů | ro: proiect, proiecte | sv: projekt | ko: 프로젝트 | ja: プロジェクト | zh: 项目, 專案
product | et: toode, toote | lv: produkts, produktu | lt: produktas, produkto | is: vöru | he: מוצר | th: ผลิตภัณฑ์ | fi: tuote, tuotteen | hu: termék | cs: produkt | ro: produs | sv: produkt | ko: 제품 | ja: 製品 | zh: 产品
customer | et: klient, kliendi, klienditeenindus | lv: klients, klientu | lt: klientas, klientų | is: viðskiptavinur | he: לקוחות | th: ลูกค้า | fi: asiakas, asiakkaan | hu: ügyfél, vevő | cs: zákazník | ro: clienți | sv: kund | ko: 고객 | ja: 顧客 | zh: 客户
service | et: teenindus, teenus | lv: apkalpošana, pakalpojumi | lt: aptarnavimas, paslaugos | is: þjónusta | he: שירות | th: บริการ | fi: palvelu | hu: szolgáltatás | cs: služby | ro: servicii | sv: service | ko: 서비스 | ja: サービス | zh: 服务
leadership | et: juhtimisoskus | lv: līderība | lt: lyderystė | is: leiðtogahæfni, forysta | he: מנהיגות | th: ภาวะผู้นำ | fi: johtajuus | hu: vezetői | cs: vedení | ro: leadership | sv: ledarskap | tr: liderlik | ko: 리더십 | ja: リーダーシップ | zh: 领导力
communication | et: kommunikatsioon, suhtlus | lv: komunikācija | lt: komunikacija | is: samskipti | he: תקשורת | th: การสื่อสาร | fi: viestintä | hu: kommunikáció | cs: komunikace | ro: comunicare | sv: kommunikation | ko: 커뮤니케이션 | ja: コミュニケーション | zh: 沟通, 传播
teaching | et: õpetamine, haridus | lv: mācīšana, izglītība | lt: mokymas, švietimas | is: kennsla, menntun | he: הוראה, חינוך | th: การสอน, การศึกษา | fi: opetus, koulutus | hu: oktatás, tanítás | cs: vzdělávání | ro: educație, predare | sv: utbildning | ko: 교육 | ja: 教育 | zh: 教育
training | et: koolitus | lv: apmācība | lt: mokymai | is: þjálfun | he: הדרכה | th: การฝึกอบรม | hu: képzés | cs: školení | ro: instruire | ko: 훈련 | ja: 研修 | zh: 培训
health | et: tervis, tervise, tervishoid | lv: veselība, veselības | lt: sveikata, sveikatos | is: heilsa, heilbrigði | he: בריאות | th: สุขภาพ | fi: terveys | hu: egészség | cs: zdraví | ro: sănătate | sv: hälsa | ko: 보건, 건강 | ja: 健康, 保健 | zh: 健康, 卫生
public | et: avalik | lv: publiskā | lt: viešasis | is: opinber | he: ציבורי | th: สาธารณะ | fi: julkinen | hu: közszféra | cs: veřejný | ro: public | sv: offentlig
policy | et: poliitika | lv: politika | lt: politika | is: stefna | he: מדיניות | th: นโยบาย | fi: politiikka | hu: szakpolitika | ro: politici | sv: policy | ko: 정책 | ja: 政策 | zh: 政策
law | et: õigus | lv: tiesības | lt: teisė | is: lögfræði, réttur | he: משפט, דיני | th: กฎหมาย | fi: oikeus, juridiikka | cs: právo | ro: drept | sv: rätt, juridik | ko: 법률 | ja: 法律, 法務 | zh: 法律
tax | et: maksud, maksundus | lv: nodokļi, nodokļu | lt: mokesčiai, mokesčių | is: skattar, skatta | he: מיסים, מיסוי | th: ภาษี | fi: verotus | hu: adó, adózás | cs: daně | ro: impozite, fiscalitate | sv: skatt, skatter | ko: 세무 | ja: 税務 | zh: 税务
credit | et: krediit, krediidi | lv: kredīts, kredītu | lt: kreditas, kredito | is: lánsfé | he: אשראי | th: สินเชื่อ | fi: luotto | hu: hitel | cs: úvěr, úvěrů | ro: credit | sv: kredit | tr: kredi | vi: tín dụng | ko: 신용, 여신 | ja: 与信, 信用 | zh: 信贷, 信用
investment | et: investeerimine, investeeringud | lv: investīcijas | lt: investicijos | is: fjárfesting, fjárfestingar | he: השקעות | th: การลงทุน | fi: sijoittaminen, sijoitus | hu: befektetés | cs: investice | ro: investiții | sv: investering | vi: đầu tư | ko: 투자 | ja: 投資 | zh: 投资
banking | et: pangandus | lv: banku | lt: bankininkystė | is: bankastarfsemi | he: בנקאות | th: การธนาคาร | fi: pankkitoiminta | hu: banki | cs: bankovnictví | ro: bancar | sv: bankverksamhet | ko: 은행 | ja: 銀行 | zh: 银行
insurance | et: kindlustus | lv: apdrošināšana | lt: draudimas | is: tryggingar | he: ביטוח | th: ประกันภัย | fi: vakuutus | hu: biztosítás | cs: pojišťovnictví | ro: asigurări | sv: försäkring | vi: bảo hiểm | ko: 보험 | ja: 保険 | zh: 保险
supply | et: tarne | lv: piegādes | lt: tiekimo | he: אספקה | fi: toimitus | hu: ellátási | cs: dodavatelský | ro: aprovizionare | sv: försörjning, leverans | ko: 공급 | zh: 供应
chain | et: ahel, ahela | lv: ķēde, ķēdes | lt: grandinė | he: שרשרת | fi: ketju, ketjun | hu: lánc | cs: řetězec | ro: lanț | sv: kedja | ko: 체인
logistics | et: logistika | lv: loģistika | lt: logistika | is: vörustjórnun | he: לוגיסטיקה | th: โลจิสติกส์ | fi: logistiikka | sv: logistik | ko: 물류 | ja: 物流
procurement | et: hanked, hange, ostmine | lv: iepirkumi | lt: pirkimai, viešieji pirkimai | is: innkaup | he: רכש | th: การจัดซื้อ | fi: hankinta, hankinnat | hu: beszerzés | cs: nákup, zadávání | ro: achiziții | sv: upphandling, inköp | ko: 구매, 조달 | ja: 調達, 購買 | zh: 采购
construction | et: ehitus | lv: būvniecība | lt: statyba | is: byggingar, mannvirkjagerð | he: בנייה | th: การก่อสร้าง | fi: rakentaminen | hu: építés | cs: stavebnictví | ro: construcții | sv: byggnation | ko: 건설, 시공 | ja: 建設 | zh: 施工
structural | et: konstruktsiooni | lv: konstrukciju | lt: konstrukcijų | is: burðarþol | he: מבנים | fi: rakenne | hu: szerkezeti | cs: stavební, konstrukční | ro: structurală | ko: 구조 | ja: 構造 | zh: 结构, 結構
civil | et: tsiviil | lv: civil | fi: rakennustekniikka | hu: építőmérnöki | cs: stavební | ro: civilă | sv: väg och vatten | ko: 토목 | ja: 土木 | zh: 土木
mechanical | et: mehaanika | lv: mehānika, mašīnbūve | lt: mechanika | is: vélaverkfræði | he: מכונות | th: เครื่องกล | fi: kone | hu: gépészeti, gépész | cs: strojní | ro: mecanică | sv: maskin | ko: 기계 | ja: 機械 | zh: 机械
electrical | et: elektri | lv: elektro | lt: elektros | is: rafmagns | he: חשמל | th: ไฟฟ้า | fi: sähkö | hu: villamos | cs: elektro | ro: electrică | ko: 전기 | ja: 電気 | zh: 电气
energy | et: energia, energeetika | lv: enerģētika, enerģija | lt: energetika, energija | is: orka, orku | he: אנרגיה | th: พลังงาน | fi: energia | hu: energia | cs: energie | ro: energie | sv: energi | ko: 에너지 | ja: エネルギー | zh: 能源
renewable | et: taastuv, taastuvenergia | lv: atjaunojamā | lt: atsinaujinanti | is: endurnýjanleg | he: מתחדשת | th: หมุนเวียน | fi: uusiutuva | hu: megújuló | cs: obnovitelné | ro: regenerabilă | sv: förnybar | ko: 재생 | ja: 再生可能 | zh: 可再生
water | et: vesi, vee | lv: ūdens | lt: vanduo, vandens | is: vatn | he: מים | fi: vesi | hu: víz | cs: voda | ro: apă | sv: vatten | ko: 수자원 | zh: 水
safety | et: ohutus | lv: drošība | lt: sauga, saugumas | is: öryggi | he: בטיחות | th: ความปลอดภัย | fi: turvallisuus | hu: biztonság | cs: bezpečnost | ro: siguranță, securitate | sv: säkerhet | ko: 안전 | ja: 安全 | zh: 安全
maintenance | et: hooldus | lv: apkope | lt: priežiūra | is: viðhald | he: תחזוקה | th: การบำรุงรักษา | fi: kunnossapito, huolto | hu: karbantartás | cs: údržba | ro: mentenanță | sv: underhåll | ko: 유지보수 | ja: 保守 | zh: 维护
manufacturing | et: tootmine | lv: ražošana | lt: gamyba | is: framleiðsla | he: ייצור | th: การผลิต | fi: valmistus, tuotanto | hu: gyártás | cs: výroba | ro: producție, fabricație | sv: tillverkning | ko: 제조 | ja: 製造 | zh: 制造
process | et: protsess, protsessid, protsesside | lv: procesi, procesu | lt: procesai, procesų | is: ferli, ferla | he: תהליכים | th: กระบวนการ | fi: prosessi, prosessien | hu: folyamat, folyamatok | cs: procesy, procesů | ro: procese | sv: process, processer | ko: 프로세스 | ja: プロセス, 工程 | zh: 流程, 工艺
operations | et: operatsioonid | lv: operācijas | lt: operacijos | is: rekstur | he: תפעול | th: ปฏิบัติการ | fi: operaatiot | hu: üzemeltetés | cs: provoz | ro: operațiuni | ko: 운영 | ja: 運用 | zh: 运营
recruitment | et: värbamine | lv: personāla atlase | lt: atranka, įdarbinimas | is: ráðningar | he: גיוס | th: สรรหา | fi: rekrytointi | hu: toborzás | cs: nábor | ro: recrutare | sv: rekrytering | ko: 채용 | ja: 採用 | zh: 招聘
social | et: sotsiaal | lv: sociālā | lt: socialinis | is: félags | he: חברתי | th: สังคม | fi: sosiaali | hu: szociális | cs: sociální | ro: social, sociale | sv: social, sociala | ko: 사회 | ja: 社会 | zh: 社会
digital | et: digitaalne, digi | lv: digitālā | lt: skaitmeninis | is: stafræn | he: דיגיטלי | th: ดิจิทัล | fi: digitaalinen | hu: digitális | cs: digitální | ro: digital | sv: digital | ko: 디지털 | ja: デジタル | zh: 数字
content | et: sisu | lv: saturs | lt: turinys | is: efni | he: תוכן | th: คอนเทนต์ | fi: sisältö | hu: tartalom | cs: obsah | ro: conținut | sv: innehåll | ko: 콘텐츠 | ja: コンテンツ | zh: 内容
writing | et: kirjutamine | lv: rakstīšana | lt: rašymas | is: skrif, ritun | he: כתיבה | th: การเขียน | fi: kirjoittaminen | hu: írás | cs: psaní | ro: scriere | sv: skrivande | ko: 글쓰기 | ja: 執筆
translation | et: tõlkimine, tõlge | lv: tulkošana | lt: vertimas | is: þýðingar | he: תרגום | th: การแปล | fi: kääntäminen | hu: fordítás | cs: překlad | ro: traducere | sv: översättning | ko: 번역 | ja: 翻訳 | zh: 翻译
statistics | et: statistika | lv: statistika | lt: statistika | is: tölfræði | he: סטטיסטיקה | th: สถิติ | fi: tilastotiede | hu: statisztika | ro: statistică | sv: statistik | ko: 통계 | ja: 統計 | zh: 统计
mathematics | et: matemaatika | lv: matemātika | lt: matematika | is: stærðfræði | he: מתמטיקה | th: คณิตศาสตร์ | fi: matematiikka | hu: matematika | ro: matematică | sv: matematik | ko: 수학 | ja: 数学 | zh: 数学
economics | et: majandus, majandusteadus | lv: ekonomika | lt: ekonomika | is: hagfræði | he: כלכלה | th: เศรษฐศาสตร์ | fi: taloustiede | hu: közgazdaságtan | cs: ekonomie | ro: economie | sv: nationalekonomi | ko: 경제학 | ja: 経済学 | zh: 经济学
modelling | et: modelleerimine | lv: modelēšana | lt: modeliavimas | is: líkanagerð | he: מידול | th: แบบจำลอง | fi: mallinnus | hu: modellezés | cs: modelování | ro: modelare | sv: modellering | ko: 모델링 | ja: モデリング | zh: 建模
simulation | et: simulatsioon | lv: simulācija | lt: simuliacija, modeliavimas | is: hermun | he: סימולציה | th: การจำลอง | fi: simulointi | hu: szimuláció | cs: simulace | ro: simulare | sv: simulering | ko: 시뮬레이션 | ja: シミュレーション | zh: 仿真, 模拟
machine learning | et: masinõpe | lv: mašīnmācīšanās | lt: mašininis mokymasis | is: vélnám | he: למידת מכונה | th: การเรียนรู้ของเครื่อง | fi: koneoppiminen | hu: gépi tanulás | cs: strojové učení | ro: învățare automată | sv: maskininlärning | ko: 머신러닝 | ja: 機械学習 | zh: 机器学习, 機器學習
artificial intelligence | et: tehisintellekt | lv: mākslīgais intelekts | lt: dirbtinis intelektas | is: gervigreind | he: בינה מלאכותית | th: ปัญญาประดิษฐ์ | fi: tekoäly | hu: mesterséges intelligencia | cs: umělá inteligence | ro: inteligență artificială | sv: artificiell intelligens | ko: 인공지능 | ja: 人工知能 | zh: 人工智能, 人工智慧
networks | et: võrgud | lv: tīkli | lt: tinklai | is: netkerfi | he: רשתות | th: เครือข่าย | fi: verkot | hu: hálózatok | cs: sítě | ro: rețele | sv: nätverk | ko: 네트워크 | ja: ネットワーク | zh: 网络
systems | et: süsteemid, süsteemide | lv: sistēmas | lt: sistemos | is: kerfi | he: מערכות | th: ระบบ | fi: järjestelmät | hu: rendszerek | cs: systémy | ro: sisteme | sv: system | ko: 시스템 | ja: システム | zh: 系统
programming | et: programmeerimine | lv: programmēšana | lt: programavimas | is: forritun | he: תכנות | th: การเขียนโปรแกรม | fi: ohjelmointi | hu: programozás | cs: programování | ro: programare | sv: programmering | ko: 프로그래밍 | ja: プログラミング | zh: 编程
software | et: tarkvara | lv: programmatūra | lt: programinė įranga | is: hugbúnaður, hugbúnaðar | he: תוכנה | th: ซอฟต์แวร์ | fi: ohjelmisto | hu: szoftver | cs: software | ro: software | sv: mjukvara | ko: 소프트웨어 | ja: ソフトウェア | zh: 软件
testing | et: testimine | lv: testēšana | lt: testavimas | is: prófanir | he: בדיקות | th: การทดสอบ | fi: testaus | hu: tesztelés | cs: testování | ro: testare | sv: testning | ko: 테스트 | ja: テスト | zh: 测试
visualization | et: visualiseerimine | lv: vizualizācija | lt: vizualizacija | is: myndræn framsetning | he: ויזואליזציה | th: การแสดงภาพ | fi: visualisointi | hu: vizualizáció | cs: vizualizace | ro: vizualizare | sv: visualisering | ko: 시각화 | ja: 可視化 | zh: 可视化
reporting | et: aruandlus | lv: pārskatu sniegšana, atskaites | lt: ataskaitos | is: skýrslugerð | he: דיווח | th: การรายงาน | fi: raportointi | hu: riportálás, jelentéskészítés | cs: reporting, výkaznictví | ro: raportare | sv: rapportering | ko: 보고 | ja: レポーティング | zh: 报告
monitoring | et: seire | lv: uzraudzība | lt: stebėsena | is: vöktun | he: ניטור | th: การติดตาม | fi: seuranta | hu: monitoring | cs: monitorování | ro: monitorizare | sv: övervakning | ko: 모니터링 | ja: モニタリング | zh: 监测
evaluation | et: hindamine | lv: novērtēšana | lt: vertinimas | he: הערכה | th: การประเมินผล | fi: arviointi | hu: értékelés | cs: hodnocení | ro: evaluare | sv: utvärdering | ko: 평가 | ja: 評価 | zh: 评估
innovation | et: innovatsioon | lv: inovācijas | lt: inovacijos | is: nýsköpun | he: חדשנות | th: นวัตกรรม | fi: innovaatio | hu: innováció | cs: inovace | ro: inovare | sv: innovation | ko: 혁신 | ja: イノベーション | zh: 创新
sustainability | et: jätkusuutlikkus, kestlikkus | lv: ilgtspēja | lt: tvarumas | is: sjálfbærni | he: קיימות | th: ความยั่งยืน | fi: kestävyys, vastuullisuus | hu: fenntarthatóság | cs: udržitelnost | ro: sustenabilitate | sv: hållbarhet | ko: 지속가능성 | ja: サステナビリティ | zh: 可持续发展
climate | et: kliima | lv: klimats | lt: klimatas | is: loftslag | he: אקלים | th: สภาพภูมิอากาศ | fi: ilmasto | hu: klíma, éghajlat | cs: klima | ro: climă | sv: klimat | ko: 기후 | ja: 気候 | zh: 气候
food | et: toit, toidu | lv: pārtika | lt: maistas, maisto | is: matvæli | he: מזון | th: อาหาร | fi: ruoka, elintarvike | hu: élelmiszer | cs: potraviny | ro: alimente | sv: livsmedel | ko: 식품 | ja: 食品 | zh: 食品
nursing | et: õendus | lv: māszinības | lt: slauga | is: hjúkrun | he: סיעוד | th: การพยาบาล | fi: hoitotyö | hu: ápolás | cs: ošetřovatelství | ro: asistență medicală | sv: omvårdnad | ko: 간호 | ja: 看護 | zh: 护理
medicine | et: meditsiin | lv: medicīna | lt: medicina | is: læknisfræði | he: רפואה | th: การแพทย์ | fi: lääketiede | hu: orvostudomány | cs: medicína | ro: medicină | sv: medicin | ko: 의학 | ja: 医学 | zh: 医学
care | lv: aprūpe | is: umönnun | fi: hoito | hu: gondozás | cs: péče | ro: îngrijire | sv: vård | ko: 돌봄 | ja: ケア | zh: 护理
clinical | et: kliiniline | lv: klīniskā | lt: klinikinis | is: klínísk | he: קליני | th: คลินิก | fi: kliininen | hu: klinikai | cs: klinický | ro: clinic | sv: klinisk | ko: 임상 | ja: 臨床 | zh: 临床
surgery | et: kirurgia | lv: ķirurģija | lt: chirurgija | is: skurðlækningar | he: כירורגיה | th: ศัลยกรรม | fi: kirurgia | hu: sebészet | cs: chirurgie | ro: chirurgie | sv: kirurgi | ko: 외과 | ja: 外科 | zh: 外科
pharmacy | et: farmaatsia | lv: farmācija | lt: farmacija | is: lyfjafræði | he: רוקחות | th: เภสัชกรรม | fi: farmasia | hu: gyógyszerészet | cs: farmacie | ro: farmacie | sv: farmaci | ko: 약학 | ja: 薬学 | zh: 药学
psychology | et: psühholoogia | lv: psiholoģija | lt: psichologija | is: sálfræði | he: פסיכולוגיה | th: จิตวิทยา | fi: psykologia | hu: pszichológia | cs: psychologie | ro: psihologie | ko: 심리학 | ja: 心理学 | zh: 心理学
nutrition | et: toitumine | lv: uzturs | lt: mityba | is: næring | he: תזונה | th: โภชนาการ | fi: ravitsemus | hu: táplálkozás | cs: výživa | ro: nutriție | sv: nutrition | ko: 영양 | ja: 栄養 | zh: 营养
architecture | et: arhitektuur | lv: arhitektūra | lt: architektūra | is: arkitektúr | he: אדריכלות | th: สถาปัตยกรรม | fi: arkkitehtuuri | hu: építészet | cs: architektura | ro: arhitectură | sv: arkitektur | ko: 건축 | ja: 建築 | zh: 建筑学
urban | lv: pilsētas | lt: miesto | he: עירוני | th: เมือง | fi: kaupunki | hu: városi | cs: městský | ro: urban | sv: stads | ko: 도시 | ja: 都市 | zh: 城市
real estate | et: kinnisvara | lv: nekustamais īpašums | lt: nekilnojamasis turtas | is: fasteignir | he: נדל"ן | th: อสังหาริมทรัพย์ | fi: kiinteistö, kiinteistöt | hu: ingatlan | cs: nemovitosti | ro: imobiliare | sv: fastigheter | ko: 부동산 | ja: 不動産 | zh: 房地产
transport | et: transport | lv: transports | lt: transportas | is: samgöngur | he: תחבורה | th: การขนส่ง | fi: liikenne, kuljetus | hu: közlekedés | cs: doprava | ro: transport | sv: transport | ko: 교통 | ja: 交通 | zh: 交通
tourism | et: turism | lv: tūrisms | lt: turizmas | is: ferðaþjónusta | he: תיירות | th: การท่องเที่ยว | fi: matkailu | hu: turizmus | cs: cestovní ruch | ro: turism | sv: turism | ko: 관광 | ja: 観光 | zh: 旅游
negotiation | et: läbirääkimised | lv: sarunas | lt: derybos | is: samningatækni | he: משא ומתן | th: การเจรจาต่อรอง | fi: neuvottelu | hu: tárgyalás | cs: vyjednávání | ro: negociere | sv: förhandling | ko: 협상 | ja: 交渉 | zh: 谈判
compliance | et: vastavus | lv: atbilstība | lt: atitiktis | is: regluvarsla | he: ציות | th: การปฏิบัติตามกฎระเบียบ | fi: vaatimustenmukaisuus | hu: megfelelőség | cs: soulad | ro: conformitate | sv: regelefterlevnad | ko: 준법 | ja: コンプライアンス | zh: 合规
contracts | et: lepingud | lv: līgumi | lt: sutartys | is: samningar | he: חוזים | th: สัญญา | fi: sopimukset | hu: szerződések | cs: smlouvy | ro: contracte | sv: avtal | ko: 계약 | ja: 契約 | zh: 合同
rights | et: õigused | lv: tiesības | lt: teisės | is: réttindi | he: זכויות | th: สิทธิ | fi: oikeudet | hu: jogok | cs: práva | ro: drepturi | sv: rättigheter | ko: 권리 | ja: 権利 | zh: 权利
children | et: lapsed, laste | lv: bērni, bērnu | lt: vaikai, vaikų | is: börn, barna | he: ילדים | th: เด็ก | fi: lapset, lasten | hu: gyermekek, gyerekek | cs: děti | ro: copii | ko: 아동 | ja: 子ども | zh: 儿童
community | et: kogukond | lv: kopiena | lt: bendruomenė | is: samfélag | he: קהילה | th: ชุมชน | fi: yhteisö | hu: közösség | cs: komunita | ro: comunitate | sv: gemenskap | ko: 지역사회 | ja: 地域 | zh: 社区
photography | et: fotograafia | lv: fotogrāfija | lt: fotografija | is: ljósmyndun | he: צילום | th: การถ่ายภาพ | fi: valokuvaus | hu: fotózás, fényképezés | cs: fotografie | ro: fotografie | sv: fotografering | ko: 사진 | ja: 写真 | zh: 摄影
environment | et: keskkond | lt: aplinka | is: umhverfi | he: סביבה | th: สิ่งแวดล้อม | fi: ympäristö | hu: környezet | ro: mediu | sv: miljö | ko: 환경 | ja: 環境 | zh: 环境
sustainable | et: jätkusuutlik, kestlik | lv: ilgtspējīgs | lt: tvarus | is: sjálfbær | he: בר קיימא | th: ยั่งยืน | fi: kestävä | hu: fenntartható | cs: udržitelný | ro: durabil | sv: hållbar | ko: 지속가능 | ja: 持続可能 | zh: 可持续
wine | et: vein, veini | lv: vīns, vīna | lt: vynas, vyno | is: vín | he: יין | th: ไวน์ | fi: viini | hu: bor | cs: víno | ro: vin | sv: vin | tr: şarap | ko: 와인 | ja: ワイン | zh: 葡萄酒
tasting | et: degusteerimine | lv: degustācija | lt: degustacija | is: smökkun | he: טעימות | th: ชิม | fi: maistelu | hu: kóstolás | cs: degustace | ro: degustare | sv: provning | ko: 시음 | ja: テイスティング | zh: 品鉴
development | vi: phát triển
design | vi: thiết kế
engineering | vi: kỹ thuật
research | vi: nghiên cứu
marketing | vi: tiếp thị
sales | vi: bán hàng, kinh doanh
finance | vi: tài chính
accounting | vi: kế toán
audit | vi: kiểm toán
quality | vi: chất lượng
control | vi: kiểm soát
planning | vi: lập kế hoạch, hoạch định
strategy | vi: chiến lược
project | vi: dự án
product | vi: sản phẩm
customer | vi: khách hàng
service | vi: dịch vụ
leadership | vi: lãnh đạo
communication | vi: truyền thông, giao tiếp
teaching | vi: giảng dạy, giáo dục
training | vi: đào tạo
health | vi: sức khỏe, y tế
public | vi: công
policy | vi: chính sách
law | vi: luật, pháp luật
tax | vi: thuế
banking | vi: ngân hàng
supply | vi: cung ứng
chain | vi: chuỗi
logistics | vi: hậu cần, logistics
procurement | vi: mua sắm, thu mua
construction | vi: xây dựng
structural | vi: kết cấu
mechanical | vi: cơ khí
electrical | vi: điện
energy | vi: năng lượng
renewable | vi: tái tạo
water | vi: nước
safety | vi: an toàn
maintenance | vi: bảo trì, bảo dưỡng
manufacturing | vi: sản xuất
process | vi: quy trình
operations | vi: vận hành
recruitment | vi: tuyển dụng
social | vi: xã hội
digital | vi: số, kỹ thuật số
content | vi: nội dung
writing | vi: viết
translation | vi: dịch thuật, biên dịch
statistics | vi: thống kê
mathematics | vi: toán học
economics | vi: kinh tế học
modelling | vi: mô hình hóa
simulation | vi: mô phỏng
machine learning | vi: học máy
artificial intelligence | vi: trí tuệ nhân tạo
networks | vi: mạng
systems | vi: hệ thống
programming | vi: lập trình
software | vi: phần mềm
testing | vi: kiểm thử
visualization | vi: trực quan hóa
reporting | vi: báo cáo
monitoring | vi: giám sát
evaluation | vi: đánh giá
innovation | vi: đổi mới sáng tạo
sustainability | vi: bền vững, phát triển bền vững
climate | vi: khí hậu
food | vi: thực phẩm
nursing | vi: điều dưỡng
medicine | vi: y học, y khoa
clinical | vi: lâm sàng
surgery | vi: phẫu thuật
pharmacy | vi: dược
psychology | vi: tâm lý học
nutrition | vi: dinh dưỡng
architecture | vi: kiến trúc
urban | vi: đô thị
real estate | vi: bất động sản
transport | vi: giao thông, vận tải
tourism | vi: du lịch
negotiation | vi: đàm phán
compliance | vi: tuân thủ
contracts | vi: hợp đồng
rights | vi: quyền
children | vi: trẻ em
community | vi: cộng đồng
photography | vi: nhiếp ảnh
environment | vi: môi trường
wine | vi: rượu vang
resources | zh: 资源, 資源 | ja: 資源 | ko: 자원 | et: ressursid | lv: resursi, resursu | lt: ištekliai, išteklių | fi: resurssit | hu: erőforrás, erőforrások | cs: zdroje | ro: resurse | sv: resurser | vi: nguồn lực
human | zh: 人力 | ko: 인적 | vi: nhân lực, nhân sự | hu: humán | cs: lidské | ro: umane | lt: žmogiškieji, žmogiškųjų | et: inim | he: אנוש | th: มนุษย์
development | ar: تطوير, تنمية | zh: 開發
research | ar: بحث, أبحاث | zh: 研究
sales | ar: مبيعات | zh: 銷售
finance | ar: مالية, مالي, تمويل | zh: 財務
accounting | ar: محاسبة
audit | ar: تدقيق | zh: 審計
risk | ar: مخاطر | zh: 風險
cybersecurity | ar: الأمن السيبراني, أمن سيبراني | zh: 資安, 資訊安全
control | ar: رقابة
planning | ar: تخطيط
strategy | ar: استراتيجية, إستراتيجية, استراتيجيات
project | ar: مشاريع, مشروع
product | ar: منتج, منتجات
customer | ar: عملاء | zh: 客戶
leadership | ar: قيادة | zh: 領導力
communication | ar: تواصل, اتصال, اتصالات | zh: 溝通
teaching | ar: تعليم, تدريس
training | ar: تدريب | zh: 培訓, 訓練
law | ar: قانون
tax | ar: ضرائب, ضريبة, ضريبي | zh: 稅務
credit | ar: ائتمان | zh: 信貸
investment | ar: استثمار, استثمارات | zh: 投資
insurance | ar: تأمين | zh: 保險
supply | ar: توريد, إمداد | zh: 供應
chain | ar: سلسلة, سلاسل | zh: 鏈
logistics | ar: لوجستيات | zh: 物流
procurement | ar: مشتريات | zh: 採購
construction | ar: تشييد | zh: 營建
structural | ar: إنشائي, إنشائية
mechanical | ar: ميكانيكية, ميكانيكا | zh: 機械
electrical | ar: كهربائية, كهرباء | zh: 電機, 電氣
energy | ar: طاقة | zh: 能源
renewable | ar: متجددة | zh: 再生
water | ar: مياه
maintenance | ar: صيانة | zh: 維修
manufacturing | ar: تصنيع | zh: 製造
operations | ar: عمليات | zh: 營運
recruitment | ar: توظيف | zh: 招募
social | ar: اجتماعي, اجتماعية
content | ar: محتوى
writing | ar: كتابة
translation | ar: ترجمة | zh: 翻譯
statistics | ar: إحصاء | zh: 統計
mathematics | ar: رياضيات | zh: 數學
modelling | ar: نمذجة
simulation | ar: محاكاة | zh: 模擬
machine learning | ar: تعلم الآلة, التعلم الآلي
artificial intelligence | ar: الذكاء الاصطناعي, ذكاء اصطناعي
networks | ar: شبكات | zh: 網絡
systems | ar: أنظمة, نظم
programming | ar: برمجة | zh: 程式設計
software | ar: برمجيات | zh: 軟件
testing | ar: اختبار, اختبارات
reporting | ar: تقارير
innovation | ar: ابتكار | zh: 創新
sustainability | ar: استدامة | zh: 永續, 可持續
climate | ar: مناخ
food | ar: أغذية, غذاء
surgery | ar: جراحة
pharmacy | ar: صيدلة | zh: 藥學
psychology | ar: علم النفس | zh: 心理學
nutrition | ar: تغذية | zh: 營養
architecture | ar: عمارة, هندسة معمارية | zh: 建築學
urban | ar: حضري | zh: 都市
real estate | ar: عقارات
transport | ar: نقل
tourism | ar: سياحة | zh: 觀光, 旅遊
negotiation | ar: تفاوض | zh: 談判
compliance | ar: امتثال
contracts | ar: عقود | zh: 合約
rights | ar: حقوق | zh: 權利
children | ar: أطفال | zh: 兒童
photography | ar: تصوير | zh: 攝影
environment | ar: بيئة
data | zh: 資料
journalism | th: วารสารศาสตร์ | et: ajakirjandus | lv: žurnālistika | lt: žurnalistika | is: blaðamennska | fi: journalismi | hu: újságírás | cs: žurnalistika | ro: jurnalism | sv: journalistik | he: עיתונאות | ar: صحافة | vi: báo chí | ko: 저널리즘, 언론 | ja: ジャーナリズム | zh: 新闻, 新聞
editing | lt: redagavimas | sk: redigovanie | ro: editare | hu: szerkesztés | et: toimetamine | sv: redigering | no: redigering | uk: редагування | ru: редактирование
fundraising | sv: insamling | no: innsamling | da: indsamling | fi: varainhankinta | hu: adománygyűjtés, forrásteremtés | tr: bağış toplama | ro: strângere de fonduri | pl: pozyskiwanie funduszy | is: fjáröflun | uk: фандрейзинг | ru: фандрайзинг | de: spendenakquise, mittelbeschaffung | nl: fondsenwerving | es: recaudación de fondos, captación de fondos | pt: captação de recursos, angariação de fundos | fr: collecte de fonds | it: raccolta fondi
podcasting | en: podcast, podcasts | lt: podkastai, podkastų | pl: podcasty | cs: podcasty | sk: podcasty | ro: podcasturi | tr: podcast yayıncılığı | uk: подкасти, подкастинг | ru: подкасты, подкастинг
music | hu: zene, zenei | cs: hudba, hudební | sk: hudba, hudobná | ro: muzică | et: muusika | fi: musiikki | is: tónlist | uk: музика | ru: музыка | sw: muziki
chamber | hu: kamara | de: kammer | sv: kammar | no: kammer | da: kammer | fi: kamari | pl: kameralna | cs: komorní | sk: komorná | uk: камерна | ru: камерная
management | no: styring | da: styring | sw: usimamizi | sr: upravljanje | hr: upravljanje
hotel | sw: hoteli | sr: hotelski | hr: hotelski | ro: hotelier
service | sw: huduma
customer | sw: wateja, mteja
curating | en: curation, curatorial | pl: kuratorstwo | es: curaduría, curadoría | pt: curadoria | ro: curatoriat | cs: kurátorství | sk: kurátorstvo | hu: kurátori | uk: кураторство | ru: кураторство
microservices | et: mikroteenused | he: מיקרוסרביסים | fi: mikropalvelut | sv: mikrotjänster | no: mikrotjenester | da: mikrotjenester | hu: mikroszolgáltatások | tr: mikroservisler | ro: microservicii | uk: мікросервіси | ru: микросервисы | ja: マイクロサービス | zh: 微服务 | ko: 마이크로서비스
game | en: games | sr: igara, igre | hr: igara, igre | pl: gier | uk: ігор | ru: игр
modelling | tr: modelleme
finance | tr: finansal
drilling | ar: الحفر, حفر
engineering | ar: هندسة
"""

# Whole skills, one English phrase a line, in the same shape: every form reads as the phrase, never as its words.
SKILL_CONCEPTS = """
urban planning | es: planificación urbana, planeamiento urbano, planeación urbana, urbanismo | pt: planejamento urbano, planeamento urbano | fr: urbanisme, planification urbaine, aménagement urbain | de: stadtplanung | it: pianificazione urbana, pianificazione urbanistica | nl: stedenbouw, stadsplanning, stedenbouwkunde | pl: urbanistyka, planowanie miejskie, planowanie urbanistyczne | cs: urbanismus | sk: urbanizmus | hu: városrendezés, várostervezés | ro: urbanism, planificare urbană | sv: stadsplanering, stadsbyggnad | no: byplanlegging | da: byplanlægning | fi: kaupunkisuunnittelu | et: linnaplaneerimine | tr: şehir planlama, şehir planlaması, kentsel planlama | el: πολεοδομία, πολεοδομικός σχεδιασμός | ru: градостроительство, городское планирование | uk: містобудування | ja: 都市計画 | zh: 城市规划, 都市計畫 | ko: 도시계획, 도시 계획 | ar: التخطيط العمراني, تخطيط المدن, التخطيط الحضري | he: תכנון עירוני | vi: quy hoạch đô thị | id: perencanaan kota, tata kota | ca: planificació urbana | gl: planificación urbana, urbanismo
fact checking | es: verificación de datos, verificación de hechos, chequeo de datos | pt: checagem de fatos, verificação de factos, verificação de fatos | fr: vérification des faits, fact checking | de: faktencheck, faktenprüfung, faktenchecks | it: verifica dei fatti | nl: feitencontrole, factchecking | pl: weryfikacja faktów, sprawdzanie faktów | cs: ověřování faktů | sv: faktagranskning, faktakoll | no: faktasjekk, faktasjekking | da: faktatjek | fi: faktantarkistus | tr: doğruluk kontrolü | el: έλεγχος γεγονότων | ru: проверка фактов, фактчекинг | uk: перевірка фактів, фактчекінг | ja: ファクトチェック | zh: 事实核查, 事實查核 | ko: 팩트체크, 팩트 체크 | ar: تدقيق الحقائق, التحقق من الحقائق | id: cek fakta, pemeriksaan fakta | vi: kiểm chứng thông tin | ca: verificació de dades, verificació de fets
volunteer management | es: gestión de voluntarios, gestión del voluntariado, coordinación de voluntarios | pt: gestão de voluntários, gestão do voluntariado | fr: gestion des bénévoles, gestion de bénévoles, gestion du bénévolat | de: ehrenamtsmanagement, freiwilligenmanagement, freiwilligenkoordination | it: gestione dei volontari, gestione del volontariato | nl: vrijwilligersmanagement, vrijwilligersbeheer, vrijwilligerscoördinatie | pl: zarządzanie wolontariuszami, zarządzanie wolontariatem, koordynacja wolontariuszy | sv: volontärsamordning | fi: vapaaehtoisten koordinointi | tr: gönüllü yönetimi | ru: управление волонтёрами, управление добровольцами | uk: управління волонтерами | ja: ボランティアマネジメント, ボランティア管理 | zh: 志愿者管理 | ko: 자원봉사자 관리 | ar: إدارة المتطوعين | ca: gestió de voluntaris, gestió del voluntariat
mechanical ventilation | es: ventilación mecánica | pt: ventilação mecânica | fr: ventilation mécanique | de: maschinelle beatmung, künstliche beatmung | it: ventilazione meccanica | nl: mechanische beademing, kunstmatige beademing | pl: wentylacja mechaniczna | cs: umělá plicní ventilace | sv: respiratorbehandling | tr: mekanik ventilasyon | ru: искусственная вентиляция легких, искусственная вентиляция лёгких | uk: штучна вентиляція легень | ja: 人工呼吸管理, 人工呼吸 | zh: 机械通气, 機械通氣 | ko: 기계환기 | id: ventilasi mekanik | ca: ventilació mecànica | gl: ventilación mecánica
infection control | es: control de infecciones, prevención y control de infecciones | pt: controle de infecção, controlo de infeção, controle de infecções | fr: contrôle des infections, prévention des infections, hygiène hospitalière | de: infektionskontrolle, infektionsprävention, krankenhaushygiene | it: controllo delle infezioni | nl: infectiepreventie, infectiebeheersing | pl: kontrola zakażeń | sv: vårdhygien, smittskydd | no: smittevern | da: infektionshygiejne | fi: infektioiden torjunta | tr: enfeksiyon kontrolü | ru: инфекционный контроль | uk: інфекційний контроль | ja: 感染管理, 感染対策 | zh: 感染控制 | ko: 감염관리, 감염 관리 | ar: مكافحة العدوى | id: pengendalian infeksi | ca: control de les infeccions
wound care | es: cuidado de heridas, curación de heridas | pt: tratamento de feridas, cuidados com feridas | fr: soins des plaies, soin des plaies, plaies et cicatrisation | de: wundversorgung, wundmanagement, wundpflege | it: cura delle ferite, gestione delle ferite | nl: wondzorg, wondverzorging | pl: leczenie ran, pielęgnacja ran | sv: sårvård, sårbehandling | no: sårbehandling, sårstell | da: sårpleje | fi: haavanhoito | tr: yara bakımı | ru: уход за ранами | uk: догляд за ранами | ja: 創傷ケア, 創傷管理 | zh: 伤口护理, 傷口護理 | ko: 상처 관리, 창상 관리 | id: perawatan luka | ca: cura de ferides, cures de ferides
triage | es: triaje, triage | pt: triagem | fr: triage | de: triage, triagierung, ersteinschätzung | it: triage | nl: triage | pl: triaż, segregacja medyczna | sv: triage, triagering | ru: триаж, медицинская сортировка | uk: тріаж, медичне сортування | ja: トリアージ | zh: 分诊, 檢傷分類 | ko: 트리아지, 중증도 분류 | ar: فرز المرضى, الفرز الطبي
intensive care | es: cuidados intensivos, medicina intensiva | pt: cuidados intensivos, terapia intensiva, medicina intensiva | fr: soins intensifs, réanimation, médecine intensive | de: intensivmedizin, intensivpflege | it: terapia intensiva | nl: intensive care, intensieve zorg | pl: intensywna terapia | cs: intenzivní péče | sv: intensivvård | no: intensivbehandling, intensivmedisin | da: intensiv behandling | fi: tehohoito | tr: yoğun bakım | el: εντατική θεραπεία | ru: интенсивная терапия, реанимация | uk: інтенсивна терапія | ja: 集中治療 | zh: 重症监护, 重症醫學 | ko: 중환자 치료, 중환자실 | ar: العناية المركزة | id: perawatan intensif | ca: cures intensives, medicina intensiva | gl: coidados intensivos
contract drafting | es: redacción de contratos | pt: redação de contratos, elaboração de contratos | fr: rédaction de contrats, rédaction contractuelle | de: vertragsgestaltung, vertragsentwurf | it: redazione di contratti, redazione contrattuale | nl: contracten opstellen, opstellen van contracten | pl: redagowanie umów, sporządzanie umów | sv: avtalsskrivning | tr: sözleşme hazırlama | ru: составление договоров | uk: складання договорів | ja: 契約書作成 | zh: 合同起草 | ko: 계약서 작성 | ca: redacció de contractes
due diligence | es: debida diligencia, diligencia debida | pt: diligência prévia, auditoria legal | fr: vérification diligente, diligence raisonnable | de: sorgfaltsprüfung | nl: boekenonderzoek | pl: badanie due diligence | ru: дью дилидженс, комплексная проверка | uk: дью ділідженс, комплексна перевірка | ja: デューデリジェンス | zh: 尽职调查, 盡職調查 | ko: 실사 | ar: العناية الواجبة
video editing | es: edición de video, edición de vídeo, montaje de video, montaje de vídeo | pt: edição de vídeo, montagem de vídeo | fr: montage vidéo | de: videoschnitt, videobearbeitung | it: montaggio video, video editing | nl: videobewerking, videomontage | pl: montaż wideo, edycja wideo | cs: střih videa | sv: videoredigering | no: videoredigering | da: videoredigering | fi: videoeditointi | tr: video kurgu, video düzenleme | el: μοντάζ βίντεο | ru: видеомонтаж, монтаж видео | uk: відеомонтаж, монтаж відео | ja: 動画編集, 映像編集 | zh: 视频剪辑, 影片剪輯 | ko: 영상 편집, 동영상 편집 | ar: مونتاج الفيديو, تحرير الفيديو | id: penyuntingan video | vi: dựng phim, biên tập video | ca: edició de vídeo, muntatge de vídeo | gl: edición de vídeo
teacher training | es: formación docente, formación de profesores, formación del profesorado | pt: formação de professores, formação docente | fr: formation des enseignants | de: lehrerbildung, lehrerfortbildung, lehrerausbildung | it: formazione degli insegnanti, formazione docenti | nl: lerarenopleiding, docentprofessionalisering | pl: kształcenie nauczycieli, doskonalenie nauczycieli | cs: vzdělávání učitelů | sv: lärarutbildning | no: lærerutdanning | da: læreruddannelse | fi: opettajankoulutus | tr: öğretmen eğitimi | el: επιμόρφωση εκπαιδευτικών | ru: подготовка учителей, повышение квалификации учителей | uk: підготовка вчителів | ja: 教員研修, 教員養成 | zh: 教师培训 | ko: 교사 연수, 교원 연수 | ar: تدريب المعلمين | id: pelatihan guru | vi: đào tạo giáo viên | ca: formació del professorat, formació docent
curriculum design | es: diseño curricular | pt: desenho curricular, design curricular | fr: conception de curriculum, conception curriculaire | de: curriculumgestaltung | it: progettazione curricolare | nl: curriculumontwerp | pl: projektowanie programów nauczania | sv: läroplansutveckling | fi: opetussuunnitelmatyö | tr: müfredat tasarımı | ja: カリキュラム設計 | zh: 课程设计 | ko: 교육과정 설계 | ar: تصميم المناهج | ca: disseny curricular
logical framework | es: marco lógico | pt: quadro lógico, marco lógico | fr: cadre logique | de: logframe, logische rahmenmatrix | it: quadro logico | nl: logisch kader | pl: matryca logiczna | tr: mantıksal çerçeve | ru: логическая рамка | uk: логічна рамка | ja: ロジカルフレームワーク | zh: 逻辑框架 | ar: الإطار المنطقي | ca: marc lògic
valuation | es: valoración de empresas, valuación de empresas | pt: avaliação de empresas | de: unternehmensbewertung | it: valutazione aziendale | nl: bedrijfswaardering | pl: wycena przedsiębiorstw, wycena spółek | sv: företagsvärdering | no: selskapsverdsettelse | da: virksomhedsværdiansættelse | fi: yritysarvonmääritys | tr: şirket değerleme | ru: оценка бизнеса | uk: оцінка бізнесу | ja: 企業価値評価 | zh: 企业估值 | ko: 기업가치평가, 기업가치 평가
mergers and acquisitions | es: fusiones y adquisiciones | pt: fusões e aquisições | fr: fusions et acquisitions, fusions acquisitions | de: fusionen und übernahmen | it: fusioni e acquisizioni | nl: fusies en overnames | pl: fuzje i przejęcia | cs: fúze a akvizice | sv: fusioner och förvärv, företagsförvärv | no: fusjoner og oppkjøp | da: fusioner og opkøb | fi: yrityskaupat | tr: birleşme ve satın alma, birleşme ve devralmalar | ru: слияния и поглощения | uk: злиття та поглинання | ja: 企業買収, 合併買収 | zh: 并购, 併購 | ko: 인수합병 | ar: الاندماج والاستحواذ | id: merger dan akuisisi | vi: mua bán sáp nhập | ca: fusions i adquisicions
tunnelling | en: tunneling | es: construcción de túneles | pt: construção de túneis | fr: travaux souterrains, construction de tunnels | de: tunnelbau | it: scavo di gallerie | nl: tunnelbouw | pl: budowa tuneli, tunelowanie | cs: ražba tunelů | sv: tunnelbyggande, tunnelbyggnad | no: tunnelbygging | fi: tunnelinrakennus | tr: tünel inşaatı, tünelcilik | ru: тоннелестроение | ja: トンネル工事 | zh: 隧道工程 | ko: 터널 공사, 터널공학
structural design | es: diseño estructural, cálculo estructural, cálculo de estructuras | pt: projeto estrutural, cálculo estrutural | fr: conception structurelle, calcul de structures | de: tragwerksplanung, tragwerksentwurf | it: progettazione strutturale, calcolo strutturale | nl: constructief ontwerp, constructief ontwerpen | pl: projektowanie konstrukcji | cs: navrhování konstrukcí | sv: konstruktionsberäkning | fi: rakennesuunnittelu | tr: yapısal tasarım | ru: проектирование конструкций | uk: проєктування конструкцій | ja: 構造設計 | zh: 结构设计, 結構設計 | ko: 구조설계, 구조 설계 | ar: التصميم الإنشائي | ca: disseny estructural, càlcul estructural
special education | cs: speciální pedagogika | sk: špeciálna pedagogika | hu: gyógypedagógia | ro: educație specială | da: specialpædagogik | fi: erityisopetus, erityispedagogiikka | el: ειδική αγωγή | ru: специальное образование, коррекционная педагогика | uk: спеціальна освіта, корекційна педагогіка | ja: 特別支援教育 | zh: 特殊教育 | ko: 특수교육 | ar: التربية الخاصة | he: חינוך מיוחד
public procurement | sv: offentlig upphandling | no: offentlige anskaffelser | da: offentlige indkøb, offentligt udbud | fi: julkiset hankinnat | cs: veřejné zakázky | sk: verejné obstarávanie | hu: közbeszerzés | ro: achiziții publice | el: δημόσιες συμβάσεις | ru: госзакупки, государственные закупки | uk: публічні закупівлі, державні закупівлі | ja: 公共調達 | zh: 政府采购, 公共采购 | ko: 공공조달 | ar: المشتريات العامة, المشتريات الحكومية
literacy | sv: läs och skrivkunnighet, läskunnighet | no: lese og skriveferdigheter | fi: lukutaito | cs: gramotnost | hu: írástudás | ro: alfabetizare | el: αλφαβητισμός, γραμματισμός | ru: грамотность | uk: грамотність | ja: 識字 | zh: 识字, 扫盲 | ko: 문해력, 문해 교육 | ar: محو الأمية | he: אוריינות | vi: xóa mù chữ | sw: kisomo
curriculum development | es: desarrollo curricular | pt: desenvolvimento curricular | de: curriculumentwicklung, lehrplanentwicklung | it: sviluppo del curricolo | nl: curriculumontwikkeling | pl: opracowywanie programów nauczania | tr: müfredat geliştirme | ru: разработка учебных программ | uk: розробка навчальних програм | ja: カリキュラム開発 | zh: 课程开发 | ko: 교육과정 개발 | ca: desenvolupament curricular
"""

# Round 39: the words skill labels are most often written with (the English words of `words` with the most forms,
# read as a measure of how common a word is in skills; never chosen from a development set's misses) in the Cyrillic
# and Greek scripts, which the table held for about thirty and eight words: Russian and Ukrainian with the cases a
# skill's words take (nominative, genitive, the instrumental of 'управление проектами'), Greek with the genitive
# ('διαχείριση έργων'). Only words of one plain sense in a skill: Russian 'права' (law's genitive, and rights), Greek
# 'ασφάλεια' (safety, security, insurance), 'προγραμματισμός' (planning and programming), 'οικονομικά' (finance and
# economics) and the two-letter acronyms 'ПО', 'ИИ' (a preposition and 'and' folded) are left out. Hindi is not here:
# the fold reads Devanagari's vowel signs as spaces, so a Hindi word is no word the table can key.
SKILL_WORDS_39 = """
management | ru: управление, управления, менеджмент, менеджмента, администрирование | uk: управління, менеджмент, менеджменту, адміністрування | el: διαχείριση, διαχείρισης, διοίκηση, διοίκησης
teaching | ru: образование, образования, преподавание, педагогика | uk: освіта, освіти, викладання, педагогіка | el: εκπαίδευση, εκπαίδευσης, διδασκαλία
training | ru: тренинг, тренинги, тренингов | uk: тренінг, тренінги, тренінгів | el: κατάρτιση, κατάρτισης
finance | ru: финансы, финансов, финансовый, финансовая, финансовое, финансового, финансовые | uk: фінанси, фінансів, фінансовий, фінансова, фінансове, фінансового, фінансові | el: χρηματοοικονομικά, χρηματοοικονομική, χρηματοοικονομικής
project | ru: проект, проекта, проекты, проектов, проектами | uk: проєкт, проєкту, проєкти, проєктів, проєктами, проект, проекти, проектів, проектами | el: έργο, έργου, έργα, έργων
research | ru: исследования, исследований, исследование | uk: дослідження, досліджень | el: έρευνα, έρευνας
analysis | ru: анализ, анализа | uk: аналіз, аналізу | el: ανάλυση, ανάλυσης
data | ru: данные, данных, данными | uk: дані, даних, даними | el: δεδομένα, δεδομένων
design | ru: дизайн, дизайна, проектирование, проектирования | uk: дизайн, дизайну, проєктування, проектування | el: σχεδιασμός, σχεδιασμού, σχεδίαση, σχεδίασης
development | ru: разработка, разработки, развитие, развития | uk: розробка, розробки, розвиток, розвитку | el: ανάπτυξη, ανάπτυξης
engineering | ru: инженерия, инженерии, инжиниринг | uk: інженерія, інженерії, інжиніринг | el: μηχανική, μηχανικής
marketing | ru: маркетинг, маркетинга | uk: маркетинг, маркетингу | el: μάρκετινγκ
sales | ru: продажи, продаж, продажами | uk: продажі, продажів, продажами | el: πωλήσεις, πωλήσεων
accounting | ru: бухгалтерия, бухгалтерский учёт, бухгалтерский учет, бухучёт, бухучет | uk: бухгалтерія, бухгалтерський облік, бухоблік | el: λογιστική, λογιστικής
audit | ru: аудит, аудита | uk: аудит, аудиту | el: ελεγκτική, ελεγκτικής
risk | ru: риск, риска, риски, рисков, рисками | uk: ризик, ризику, ризики, ризиків, ризиками | el: κίνδυνος, κινδύνου, κίνδυνοι, κινδύνων
quality | ru: качество, качества | uk: якість, якості | el: ποιότητα, ποιότητας
planning | ru: планирование, планирования | uk: планування
strategy | ru: стратегия, стратегии | uk: стратегія, стратегії | el: στρατηγική, στρατηγικής
product | ru: продукт, продукта, продукты, продуктов | uk: продукт, продукту, продукти, продуктів | el: προϊόν, προϊόντος, προϊόντα, προϊόντων
customer | ru: клиент, клиентов, клиентами, клиентский | uk: клієнт, клієнтів, клієнтами | el: πελάτες, πελατών
service | ru: сервис, обслуживание, обслуживания | uk: сервіс, обслуговування | el: εξυπηρέτηση, εξυπηρέτησης
law | ru: право | uk: право | el: δίκαιο, δικαίου, νομική
tax | ru: налоги, налогов, налогообложение, налоговый, налоговое | uk: податки, податків, оподаткування, податковий, податкове | el: φορολογία, φορολογίας, φορολογικά
policy | ru: политика, политики | uk: політика, політики | el: πολιτική, πολιτικής
health | ru: здравоохранение, здравоохранения, здоровье, здоровья | uk: охорона здоров'я, здоров'я | el: υγεία, υγείας
medicine | ru: медицина, медицины, медицинский, медицинская | uk: медицина, медицини, медичний, медична | el: ιατρική, ιατρικής
nursing | ru: сестринское дело, сестринский уход | uk: сестринська справа, медсестринство | el: νοσηλευτική, νοσηλευτικής
surgery | ru: хирургия, хирургии | uk: хірургія, хірургії | el: χειρουργική, χειρουργικής
public | ru: государственный, государственное, государственная, государственных | uk: державний, державне, державна, державних | el: δημόσιος, δημόσια, δημόσιο, δημόσιας
systems | ru: системы, систем, системами, система | uk: системи, систем, системами, система | el: συστήματα, συστημάτων, σύστημα
networks | ru: сети, сетей | uk: мережі, мереж | el: δίκτυα, δικτύων
software | ru: программное обеспечение | uk: програмне забезпечення | el: λογισμικό, λογισμικού
programming | ru: программирование, программирования | uk: програмування | el: προγραμματισμός υπολογιστών
testing | ru: тестирование, тестирования | uk: тестування | el: δοκιμές, δοκιμών
process | ru: процесс, процессов, процессы, процессами | uk: процес, процесів, процеси, процесами | el: διαδικασίες, διαδικασιών
manufacturing | ru: производство, производства | uk: виробництво, виробництва | el: παραγωγή, παραγωγής
maintenance | ru: техническое обслуживание, техобслуживание | uk: технічне обслуговування, техобслуговування | el: συντήρηση, συντήρησης
construction | ru: строительство, строительства | uk: будівництво, будівництва | el: κατασκευή, κατασκευών, κατασκευές
architecture | ru: архитектура, архитектуры | uk: архітектура, архітектури | el: αρχιτεκτονική, αρχιτεκτονικής
energy | ru: энергетика, энергетики, энергия, энергии | uk: енергетика, енергетики, енергія, енергії | el: ενέργεια, ενέργειας
water | ru: вода, водоснабжение | uk: вода, водопостачання | el: νερό, νερού, ύδατα, υδάτων
environment | ru: экология, окружающая среда, окружающей среды | uk: екологія, довкілля, навколишнє середовище | el: περιβάλλον, περιβάλλοντος
climate | ru: климат, климата | uk: клімат, клімату | el: κλίμα, κλίματος, κλιματική
sustainability | ru: устойчивое развитие, устойчивость | uk: сталий розвиток, сталість | el: βιωσιμότητα, βιωσιμότητας, αειφορία
renewable | ru: возобновляемая энергетика, возобновляемые, возобновляемых | uk: відновлювана енергетика, відновлювані, відновлюваних | el: ανανεώσιμες, ανανεώσιμων
investment | ru: инвестиции, инвестиций, инвестиционный | uk: інвестиції, інвестицій, інвестиційний | el: επενδύσεις, επενδύσεων
banking | ru: банковское дело, банкинг | uk: банківська справа, банкінг | el: τραπεζική, τραπεζικής
insurance | ru: страхование, страхования | uk: страхування | el: ασφάλιση, ασφαλίσεις, ασφαλιστικά
credit | ru: кредит, кредитование, кредитный, кредитные | uk: кредит, кредитування, кредитний, кредитні | el: πίστωση, πιστώσεων, πιστωτικός
economics | ru: экономика, экономики | uk: економіка, економіки | el: οικονομική επιστήμη, οικονομικών επιστημών
statistics | ru: статистика, статистики | uk: статистика, статистики | el: στατιστική, στατιστικής
mathematics | ru: математика, математики | uk: математика, математики | el: μαθηματικά, μαθηματικών
logistics | ru: логистика, логистики | uk: логістика, логістики | el: εφοδιαστική
supply | ru: поставок, поставки, снабжение | uk: постачання, постачань | el: εφοδιασμού
chain | ru: цепочка, цепочки | uk: ланцюг, ланцюга, ланцюжок | el: αλυσίδα, αλυσίδας
transport | ru: транспорт, транспорта | uk: транспорт, транспорту | el: μεταφορές, μεταφορών
tourism | ru: туризм, туризма | uk: туризм, туризму | el: τουρισμός, τουρισμού
translation | ru: перевод, переводы, перевода | uk: переклад, переклади, перекладу | el: μετάφραση, μετάφρασης
journalism | ru: журналистика, журналистики | uk: журналістика, журналістики | el: δημοσιογραφία, δημοσιογραφίας
photography | ru: фотография, фотографии, фотосъёмка, фотосъемка | uk: фотографія, фотографії, фотозйомка | el: φωτογραφία, φωτογραφίας
psychology | ru: психология, психологии | uk: психологія, психології | el: ψυχολογία, ψυχολογίας
nutrition | ru: диетология, нутрициология | uk: дієтологія, нутриціологія | el: διατροφή, διατροφής
pharmacy | ru: фармация, фармацевтика | uk: фармація, фармацевтика | el: φαρμακευτική, φαρμακευτικής
cardiology | ru: кардиология, кардиологии | uk: кардіологія, кардіології | el: καρδιολογία, καρδιολογίας
clinical | ru: клинический, клиническая, клинические, клинических | uk: клінічний, клінічна, клінічні, клінічних | el: κλινικές, κλινικών
compliance | ru: комплаенс, комплаенса | uk: комплаєнс, комплаєнсу | el: κανονιστική συμμόρφωση, συμμόρφωση
procurement | ru: закупки, закупок, закупками | uk: закупівлі, закупівель | el: προμήθειες, προμηθειών
recruitment | ru: рекрутинг, подбор персонала, найм | uk: рекрутинг, підбір персоналу, найм | el: προσλήψεις, προσλήψεων
contracts | ru: договоры, договоров, контракты, контрактов | uk: договори, договорів, контракти, контрактів | el: συμβάσεις, συμβάσεων
negotiation | ru: переговоры, переговоров | uk: переговори, переговорів | el: διαπραγματεύσεις, διαπραγματεύσεων
innovation | ru: инновации, инноваций | uk: інновації, інновацій | el: καινοτομία, καινοτομίας
leadership | ru: лидерство, лидерства | uk: лідерство, лідерства | el: ηγεσία, ηγεσίας
communication | ru: коммуникации, коммуникаций, коммуникация | uk: комунікації, комунікацій, комунікація | el: επικοινωνία, επικοινωνίας
team | ru: команда, команды, командой | uk: команда, команди, командою | el: ομάδα, ομάδας, ομάδων
operations | ru: операции, операций, операционный | uk: операції, операцій, операційний | el: λειτουργίες, λειτουργιών
monitoring | ru: мониторинг, мониторинга | uk: моніторинг, моніторингу | el: παρακολούθηση, παρακολούθησης
evaluation | ru: оценка, оценки | uk: оцінка, оцінювання | el: αξιολόγηση, αξιολόγησης
reporting | ru: отчётность, отчетность, отчётности, отчетности | uk: звітність, звітності | el: αναφορές, αναφορών
simulation | ru: симуляция | uk: симуляція | el: προσομοίωση, προσομοίωσης
modelling | ru: моделирование, моделирования | uk: моделювання | el: μοντελοποίηση, μοντελοποίησης
visualization | ru: визуализация, визуализации | uk: візуалізація, візуалізації | el: οπτικοποίηση, οπτικοποίησης
digital | ru: цифровой, цифровая, цифровое, цифровые, цифровых, диджитал | uk: цифровий, цифрова, цифрове, цифрові, цифрових, діджитал | el: ψηφιακό, ψηφιακή, ψηφιακά, ψηφιακός, ψηφιακού
content | ru: контент, контента | uk: контент, контенту | el: περιεχόμενο, περιεχομένου
social | ru: социальный, социальная, социальные, социальных | uk: соціальний, соціальна, соціальні, соціальних | el: κοινωνική, κοινωνικός, κοινωνικά, κοινωνικών
rights | ru: права человека | uk: права людини | el: δικαιώματα, δικαιωμάτων
children | ru: дети, детей, детьми | uk: діти, дітей, дітьми | el: παιδιά, παιδιών
food | ru: продукты питания, пищевой, пищевая, пищевые | uk: харчування, харчовий, харчова, харчові | el: τρόφιμα, τροφίμων
electrical | ru: электрический, электрические, электротехника, электрика | uk: електричний, електричні, електротехніка | el: ηλεκτρολογικά, ηλεκτρολογική, ηλεκτρικά
mechanical | ru: механический, механическая, механические | uk: механічний, механічна, механічні | el: μηχανολογική, μηχανολογικά, μηχανολογία
structural | ru: строительные конструкции | uk: будівельні конструкції
urban | ru: городской, городская, городское, городских | uk: міський, міська, міське, міських | el: αστικός, αστική, αστικό, αστικών
technology | ru: технологии, технологий, технология | uk: технології, технологій, технологія | el: τεχνολογία, τεχνολογίας, τεχνολογίες
technical | ru: технический, техническая, техническое | uk: технічний, технічна, технічне | el: τεχνική, τεχνικός, τεχνικά
legal | ru: юридический, юридическая, юридические, юриспруденция | uk: юридичний, юридична, юридичні, юриспруденція | el: νομικά, νομικός, νομικές
business | ru: бизнес, бизнеса, предпринимательство | uk: бізнес, бізнесу, підприємництво | el: επιχειρήσεις, επιχειρήσεων, επιχειρηματικότητα
human | ru: человеческие, человеческих | uk: людські, людських | el: ανθρώπινο, ανθρώπινου, ανθρώπινοι
resources | ru: ресурсы, ресурсов, ресурсами, кадры, персонал, персонала, персоналом | uk: ресурси, ресурсів, ресурсами, кадри, персонал, персоналу, персоналом | el: πόροι, πόρων, ανθρώπινο δυναμικό
machine learning | ru: машинное обучение, машинного обучения | uk: машинне навчання, машинного навчання | el: μηχανική μάθηση, μηχανικής μάθησης
artificial intelligence | ru: искусственный интеллект, искусственного интеллекта | uk: штучний інтелект, штучного інтелекту | el: τεχνητή νοημοσύνη, τεχνητής νοημοσύνης
cybersecurity | ru: кибербезопасность | uk: кібербезпека, кібербезпеки | el: κυβερνοασφάλεια, κυβερνοασφάλειας
real estate | ru: недвижимость, недвижимости | uk: нерухомість, нерухомості | el: ακίνητα, ακινήτων
public health | ru: общественное здравоохранение | uk: громадське здоров'я | el: δημόσια υγεία, δημόσιας υγείας
control | el: έλεγχος, ελέγχου
information security | ru: информационная безопасность | uk: інформаційна безпека | el: ασφάλεια πληροφοριών
"""

# {form: (the word that reads it today, the concept that takes it)}.
TAKEN = {"beatmung": ("ventilation", "mechanical ventilation"), "beademing": ("ventilation", "mechanical ventilation")}

HOBBY_NAMES = """
knitting | et: kudumine | lv: adīšana | lt: mezgimas | is: prjón, prjóna | fi: neulominen, neulonta | hu: kötés | cs: pletení | ro: tricotat | pl: robienie na drutach, dziewiarstwo | tr: örgü, örgü örmek | th: ถักนิตติ้ง, การถักไหมพรม | vi: đan len | id: merajut | ko: 니트 | ja: ニッティング
baking | et: küpsetamine, leivaküpsetamine, juuretisega leib | lv: cepšana, maizes cepšana | lt: kepimas, duonos kepimas | is: bakstur, brauðbakstur, súrdeigsbakstur | fi: leivonta, leipominen, juurileipä | hu: sütés, kovászos kenyér, kenyérsütés | cs: pečení, pečení chleba, kvásek | ro: patiserie | pl: pieczenie, pieczenie chleba, zakwas | sv: surdegsbakning, surdegsbakande, bakning, brödbakning | da: bagning, surdejsbrød | no: baking, surdeigsbaking | nl: zuurdesem, brood bakken | tr: ekmek yapımı, ekşi maya | th: การอบขนม, อบขนม | vi: làm bánh, nướng bánh | id: membuat roti, baking | he: אפייה | ar: الخبز | ko: 베이킹, 제빵 | ja: パン作り, 製パン, お菓子作り | zh: 烘焙
wine | et: veinimaitsmine, veinid | lv: vīna degustācija, vīni | lt: vyno degustacija, vynai | is: vínsmökkun | fi: viinit | hu: borkóstolás, borok, borászat | cs: degustace vína, víno | ro: degustare de vinuri, vinuri | tr: şarap | th: ชิมไวน์, ไวน์ | vi: thưởng thức rượu vang, rượu vang | id: mencicipi anggur | he: טעימות יין, יין | ar: تذوق النبيذ | ko: 와인, 와인 시음 | ja: ワイン, ワインテイスティング | zh: 品酒, 葡萄酒
running | et: maratonijooks, jooks | lv: skriešana, maratons | lt: bėgimas, maratonas | is: hlaup, maraþon, maraþonhlaup | fi: maratonjuoksu, maraton | hu: maratonfutás | cs: maratón | ro: maratoane | sv: maratonlöpning | nl: marathonlopen | pl: biegi, biegi maratońskie | th: วิ่ง, วิ่งมาราธอน | ko: 러닝 | ja: マラソン | he: מרתון
hiking | et: matkamine | lv: pārgājieni | lt: žygiai | is: gönguferðir, fjallganga | fi: vaellus, patikointi | hu: túrázás | cs: turistika | ro: drumeții | th: เดินป่า | vi: đi bộ đường dài, leo núi | id: hiking | he: טיולים | ko: 등산, 하이킹 | ja: ハイキング, 登山 | zh: 徒步, 远足
horse riding | et: ratsutamine | lv: jāšana, jāšanas sports | lt: jojimas | is: hestamennska, útreiðar | hu: lovaglás, lovassport | cs: jízda na koni | ro: călărie | th: ขี่ม้า | vi: cưỡi ngựa | he: רכיבה על סוסים | ar: ركوب الخيل | ko: 승마 | ja: 乗馬 | zh: 骑马, 馬術, 马术
singing | et: koorilaul, laulmine | lv: kora dziedāšana, dziedāšana | lt: chorinis dainavimas, dainavimas | is: kórsöngur, söngur | fi: kuorolaulu, laulaminen | hu: kórus, kórusének | cs: sborový zpěv | ro: cânt coral | sv: körsång | pl: śpiew chóralny, chór | tr: koro | th: ร้องเพลง, ร้องประสานเสียง | vi: hát hợp xướng | he: שירה, מקהלה | ar: جوقة | ko: 합창 | ja: 合唱 | zh: 合唱
photography | et: fotograafia, pildistamine | lv: fotografēšana, fotogrāfija | lt: fotografija | is: ljósmyndun | fi: valokuvaus | hu: fotózás, fényképezés | cs: fotografování | ro: fotografie | th: ถ่ายภาพ, การถ่ายภาพ | vi: nhiếp ảnh, chụp ảnh | he: צילום | ko: 사진, 사진 촬영 | ja: 写真, 写真撮影 | zh: 摄影, 攝影
cycling | et: rattasõit, jalgrattasõit | lv: riteņbraukšana | lt: dviračių sportas, važinėjimas dviračiu | is: hjólreiðar | fi: pyöräily | hu: kerékpározás, biciklizés | cs: cyklistika | ro: ciclism | th: ปั่นจักรยาน | vi: đạp xe | he: רכיבה על אופניים | ko: 자전거 | ja: サイクリング | zh: 骑行
swimming | et: ujumine | lv: peldēšana | lt: plaukimas | fi: uinti | hu: úszás | cs: plavání | ro: înot | th: ว่ายน้ำ | vi: bơi lội | he: שחייה | ko: 수영 | ja: 水泳 | zh: 游泳
cooking | et: toiduvalmistamine, kokkamine | lv: ēdiena gatavošana | lt: maisto gaminimas | is: matreiðsla, eldamennska | fi: ruoanlaitto | hu: főzés | cs: vaření | ro: gătit | th: ทำอาหาร | vi: nấu ăn | he: בישול | ko: 요리 | ja: 料理 | zh: 烹饪
gardening | et: aiandus, aiatööd | lv: dārzkopība | lt: sodininkystė | is: garðyrkja | fi: puutarhanhoito | hu: kertészkedés | cs: zahradničení | ro: grădinărit | th: ทำสวน | vi: làm vườn | he: גינון | ko: 원예 | ja: ガーデニング | zh: 园艺
reading | et: lugemine | lv: lasīšana | lt: skaitymas | is: lestur | fi: lukeminen | hu: olvasás | cs: čtení | ro: lectură, citit | th: อ่านหนังสือ | vi: đọc sách | he: קריאה | ko: 독서 | ja: 読書 | zh: 阅读
travel | et: reisimine | lv: ceļošana | lt: kelionės, keliavimas | is: ferðalög | fi: matkustaminen | hu: utazás | cs: cestování | ro: călătorii | th: ท่องเที่ยว | vi: du lịch | he: טיולים בעולם | ko: 여행 | ja: 旅行 | zh: 旅行
painting | et: maalimine | lv: gleznošana | lt: tapyba | is: málun | fi: maalaus | hu: festés | cs: malování | ro: pictură | th: วาดภาพ | vi: vẽ tranh | he: ציור | ko: 그림 | ja: 絵画 | zh: 绘画
fishing | et: kalastamine, kalapüük | lv: makšķerēšana | lt: žvejyba | is: stangveiði | fi: kalastus | hu: horgászat | cs: rybaření | ro: pescuit | th: ตกปลา | vi: câu cá | he: דייג | ko: 낚시 | ja: 釣り | zh: 钓鱼
skiing | et: suusatamine | lv: slēpošana | lt: slidinėjimas | is: skíði | fi: laskettelu, hiihto | hu: síelés | cs: lyžování | ro: schi | th: สกี | vi: trượt tuyết | he: סקי | ko: 스키 | ja: スキー | zh: 滑雪
yoga | et: jooga | lv: joga | lt: joga | is: jóga | fi: jooga | hu: jóga | cs: jóga | th: โยคะ | vi: yoga | he: יוגה | ko: 요가 | ja: ヨガ | zh: 瑜伽
chess | et: malemäng | lv: šahs | lt: šachmatai | is: skák | fi: shakki | hu: sakk | cs: šachy | ro: șah | th: หมากรุก | vi: cờ vua | he: שחמט | ko: 체스 | ja: チェス | zh: 国际象棋
climbing | is: klifur | th: ปีนผา | vi: leo núi đá | ko: 클라이밍 | ja: クライミング
pottery | et: keraamika, savitööd | lv: keramika, podniecība | lt: keramika | is: leirkerasmíði | fi: keramiikka | hu: fazekasság, kerámia | cs: keramika | ro: olărit, ceramică | th: ปั้นดินเผา | vi: làm gốm | he: קדרות | ko: 도예 | ja: 陶芸 | zh: 陶艺
birdwatching | et: linnuvaatlus | lv: putnu vērošana | lt: paukščių stebėjimas | is: fuglaskoðun | fi: lintuharrastus, lintujen tarkkailu | hu: madármegfigyelés | cs: pozorování ptáků | ro: observarea păsărilor | th: ดูนก | vi: ngắm chim | he: צפרות | ko: 탐조 | ja: バードウォッチング | zh: 观鸟
volunteering | et: vabatahtlik töö | lv: brīvprātīgais darbs | lt: savanorystė | is: sjálfboðaliðastarf | fi: vapaaehtoistyö | hu: önkéntesség | cs: dobrovolnictví | ro: voluntariat | th: อาสาสมัคร | vi: tình nguyện | he: התנדבות | ko: 자원봉사 | ja: ボランティア | zh: 志愿服务
dancing | et: tantsimine | lv: dejošana | lt: šokiai | is: dans | fi: tanssi | hu: tánc | cs: tanec | ro: dans | th: เต้นรำ | vi: khiêu vũ | he: ריקוד | ko: 댄스 | ja: ダンス | zh: 跳舞
board games | et: lauamängud | lv: galda spēles | lt: stalo žaidimai | is: borðspil | fi: lautapelit | hu: társasjátékok | cs: deskové hry | ro: jocuri de societate | th: บอร์ดเกม | vi: trò chơi cờ bàn | he: משחקי קופסה | ko: 보드게임 | ja: ボードゲーム | zh: 桌游 | sv: brädspel, sällskapsspel | no: brettspill | da: brætspil
sailing | es: navegación a vela | pt: velejar | fr: navigation à voile | de: segeln | nl: zeilen | pl: żeglarstwo | cs: jachting | sk: jachting | hu: vitorlázás | ro: navigație cu vele | sv: segling | no: seiling | da: sejlsport, sejlads | fi: purjehdus | et: purjetamine | lv: burāšana | lt: buriavimas | is: siglingar | tr: yelken, yelkencilik | el: ιστιοπλοΐα | ru: парусный спорт, яхтинг | uk: вітрильний спорт, яхтинг | ja: セーリング, ヨット | zh: 帆船 | ko: 요트, 세일링 | ar: الإبحار الشراعي | he: שיט | id: berlayar | vi: đua thuyền buồm
hiking | es: senderismo | pt: trilhas, caminhadas | fr: randonnée | de: wandern | it: escursionismo, trekking | nl: wandelen | pl: turystyka piesza, wędrówki górskie | sk: turistika | sv: vandring | no: fjellturer, fotturer | da: vandring | tr: doğa yürüyüşü, trekking | el: πεζοπορία | ru: пеший туризм, походы | uk: піший туризм, походи | ar: المشي لمسافات طويلة | sw: kutembea milimani
running | es: correr, carreras de fondo | pt: corrida de rua | fr: course à pied | de: laufen | it: corsa | nl: hardlopen | pl: bieganie | sk: beh | sv: löpning | no: løping | da: løb | fi: juoksu | tr: koşu | el: τρέξιμο | ru: бег | uk: біг | ar: الجري | af: hardloop
chess | es: ajedrez | pt: xadrez | fr: échecs | de: schach | it: scacchi | nl: schaken | pl: szachy | sk: šach | sv: schack | no: sjakk | da: skak | tr: satranç | el: σκάκι | ru: шахматы | uk: шахи | ar: الشطرنج | id: catur | sw: sataranji | af: skaak
tea ceremony | es: ceremonia del té | pt: cerimônia do chá, cerimónia do chá | fr: cérémonie du thé | de: teezeremonie | it: cerimonia del tè | nl: theeceremonie | pl: ceremonia parzenia herbaty | sv: teceremoni | tr: çay seremonisi | ru: чайная церемония | uk: чайна церемонія | ja: 茶道, 茶の湯 | zh: 茶道 | ko: 다도
volleyball | da: volleyball | sv: volleyboll | no: volleyball
fly fishing | is: fluguveiði | no: fluefiske | sv: flugfiske | da: fluefiskeri | fi: perhokalastus | pl: wędkarstwo muchowe | cs: muškaření | hu: legyezés | ro: pescuit la muscă
mountaineering | sw: kupanda milima | is: fjallgöngur | no: fjellklatring | sv: bergsbestigning | pl: wspinaczka wysokogórska | ro: alpinism | tr: dağcılık | uk: альпінізм | ru: альпинизм
hiking | sv: fjällvandring, vandring | no: fjelltur, fjellturer, fotturer | is: gönguferðir | sw: kutembea milimani
"""

CAUSE_NAMES = """
environment | et: keskkonnakaitse | lv: vides aizsardzība | lt: aplinkosauga | is: umhverfisvernd | fi: ympäristönsuojelu | hu: környezetvédelem | cs: ochrana životního prostředí | ro: protecția mediului | th: สิ่งแวดล้อม | vi: bảo vệ môi trường | he: איכות הסביבה | ar: حماية البيئة | ko: 환경보호 | ja: 環境保護
animal welfare | et: loomade heaolu | lv: dzīvnieku labturība | lt: gyvūnų gerovė | is: dýravelferð | fi: eläinten hyvinvointi | hu: állatvédelem | cs: ochrana zvířat | ro: protecția animalelor | th: สวัสดิภาพสัตว์ | vi: bảo vệ động vật | he: רווחת בעלי חיים | ko: 동물복지 | ja: 動物福祉 | zh: 动物福利
education | et: haridus | lv: izglītība | lt: švietimas | is: menntun | fi: koulutus | hu: oktatás | cs: vzdělávání | ro: educație | th: การศึกษา | vi: giáo dục | he: חינוך | ko: 교육 | ja: 教育 | zh: 教育
human rights | et: inimõigused | lv: cilvēktiesības | lt: žmogaus teisės | is: mannréttindi | fi: ihmisoikeudet | hu: emberi jogok | cs: lidská práva | ro: drepturile omului | th: สิทธิมนุษยชน | vi: nhân quyền | he: זכויות אדם | ko: 인권 | ja: 人権 | zh: 人权
mental health | et: vaimne tervis | lv: garīgā veselība | lt: psichikos sveikata | is: geðheilbrigði | fi: mielenterveys | hu: mentális egészség, lelki egészség | cs: duševní zdraví | ro: sănătate mintală | th: สุขภาพจิต | vi: sức khỏe tâm thần | he: בריאות הנפש | ko: 정신건강 | ja: メンタルヘルス | zh: 心理健康
poverty alleviation | et: vaesuse vähendamine | lv: nabadzības mazināšana | lt: skurdo mažinimas | fi: köyhyyden vähentäminen | hu: szegénység elleni küzdelem | cs: boj proti chudobě | ro: combaterea sărăciei | th: การบรรเทาความยากจน | vi: xóa đói giảm nghèo | ko: 빈곤퇴치 | ja: 貧困削減 | zh: 扶贫
children | et: lastekaitse | lv: bērnu tiesības | fi: lastensuojelu | hu: gyermekvédelem | is: barnavernd | he: ילדים בסיכון
refugees | et: pagulased | lv: bēgļi | lt: pabėgėliai | is: flóttafólk | fi: pakolaiset | hu: menekültek | cs: uprchlíci | ro: refugiați | th: ผู้ลี้ภัย | vi: người tị nạn | he: פליטים | ko: 난민 | ja: 難民 | zh: 难民
disaster relief | et: katastroofiabi | lv: palīdzība katastrofās | fi: katastrofiapu | hu: katasztrófavédelem | is: neyðaraðstoð | th: บรรเทาภัยพิบัติ | vi: cứu trợ thiên tai | he: סיוע באסונות
climate action | et: kliimameetmed | lv: klimata rīcība | fi: ilmastotoimet | hu: klímavédelem | is: loftslagsmál | th: การแก้ปัญหาโลกร้อน | he: פעולה אקלימית
gender equality | et: sooline võrdõiguslikkus | lv: dzimumu līdztiesība | lt: lyčių lygybė | is: jafnrétti kynjanna | fi: sukupuolten tasa-arvo | hu: nemek közötti egyenlőség | cs: rovnost žen a mužů | ro: egalitate de gen | th: ความเท่าเทียมทางเพศ | vi: bình đẳng giới | he: שוויון מגדרי | ko: 성평등 | ja: ジェンダー平等 | zh: 性别平等
animal welfare | es: bienestar animal, protección animal | pt: bem-estar animal, proteção animal | fr: bien-être animal, protection animale, protection des animaux | de: tierschutz, tierwohl | it: benessere animale, protezione degli animali | nl: dierenwelzijn, dierenbescherming | pl: ochrona zwierząt, dobrostan zwierząt | sk: ochrana zvierat | sv: djurskydd, djurvälfärd | no: dyrevelferd, dyrevern | da: dyrevelfærd, dyrevelfærd og dyrebeskyttelse | tr: hayvan hakları ve refahı, hayvan refahı | el: καλή μεταχείριση των ζώων, προστασία των ζώων | ru: защита животных, благополучие животных | uk: захист тварин, добробут тварин | ar: الرفق بالحيوان | id: kesejahteraan hewan | sw: ustawi wa wanyama | af: dierewelsyn
arts and culture | es: arte y cultura | pt: arte e cultura, artes e cultura | fr: arts et culture | de: kunst und kultur | it: arte e cultura | nl: kunst en cultuur | pl: sztuka i kultura | cs: umění a kultura | sk: umenie a kultúra | sv: konst och kultur | no: kunst og kultur | da: kunst og kultur | fi: taide ja kulttuuri | tr: sanat ve kültür | el: τέχνες και πολιτισμός | ru: искусство и культура | uk: мистецтво та культура, мистецтво і культура | ja: 芸術と文化, 芸術文化 | zh: 艺术与文化, 藝術與文化 | ko: 예술과 문화, 문화예술 | ar: الفنون والثقافة | id: seni dan budaya | vi: nghệ thuật và văn hóa | af: kuns en kultuur
human rights | es: derechos humanos | pt: direitos humanos | fr: droits de l'homme, droits humains | de: menschenrechte | it: diritti umani | nl: mensenrechten | pl: prawa człowieka | sk: ľudské práva | sv: mänskliga rättigheter | no: menneskerettigheter | da: menneskerettigheder | tr: insan hakları | el: ανθρώπινα δικαιώματα | ru: права человека | uk: права людини | ar: حقوق الإنسان | id: hak asasi manusia | sw: haki za binadamu | af: menseregte
disaster relief | es: ayuda en desastres, ayuda humanitaria en desastres | pt: ajuda em catástrofes, socorro em desastres | fr: aide aux sinistrés, secours en cas de catastrophe | de: katastrophenhilfe | it: aiuti in caso di calamità | nl: noodhulp bij rampen | pl: pomoc w sytuacjach katastrof | sv: katastrofhjälp, katastrofbistånd | no: katastrofehjelp | da: katastrofehjælp | tr: afet yardımı | el: ανακούφιση από καταστροφές | ru: помощь при стихийных бедствиях | uk: допомога при катастрофах | ja: 災害救援, 被災地支援 | zh: 救灾, 賑災 | ko: 재난 구호 | ar: الإغاثة في حالات الكوارث | id: bantuan bencana | sw: misaada ya maafa
poverty alleviation | es: lucha contra la pobreza, alivio de la pobreza | pt: combate à pobreza | fr: lutte contre la pauvreté | de: armutsbekämpfung | it: lotta alla povertà | nl: armoedebestrijding | pl: walka z ubóstwem, przeciwdziałanie ubóstwu | sv: fattigdomsbekämpning | no: fattigdomsbekjempelse | da: fattigdomsbekæmpelse | tr: yoksullukla mücadele | el: καταπολέμηση της φτώχειας | ru: борьба с бедностью | uk: боротьба з бідністю, подолання бідності | ar: التخفيف من حدة الفقر, مكافحة الفقر | id: pengentasan kemiskinan | sw: kupunguza umaskini
press freedom | es: libertad de prensa | pt: liberdade de imprensa | fr: liberté de la presse | de: pressefreiheit | it: libertà di stampa | nl: persvrijheid | pl: wolność prasy | cs: svoboda tisku | sk: sloboda tlače | hu: sajtószabadság | ro: libertatea presei | sv: pressfrihet | no: pressefrihet | da: pressefrihed | fi: lehdistönvapaus | et: ajakirjandusvabadus | tr: basın özgürlüğü | el: ελευθερία του τύπου | ru: свобода прессы, свобода слова | uk: свобода преси, свобода слова | ja: 報道の自由 | zh: 新闻自由, 新聞自由 | ko: 언론자유, 언론의 자유 | ar: حرية الصحافة | he: חופש העיתונות | id: kebebasan pers | vi: tự do báo chí | sw: uhuru wa vyombo vya habari
literacy | es: alfabetización | pt: alfabetização | fr: alphabétisation | de: alphabetisierung | it: alfabetizzazione | nl: geletterdheid, laaggeletterdheid | pl: alfabetyzacja | cs: gramotnost | sv: läskunnighet | no: leseferdighet | da: læsefærdigheder | fi: lukutaito | tr: okuma yazma, okuryazarlık | el: αλφαβητισμός | ru: грамотность, ликвидация безграмотности | uk: грамотність | ja: 識字, 識字教育 | zh: 扫盲, 識字 | ko: 문해, 문해교육 | ar: محو الأمية | he: אוריינות | id: keaksaraan | vi: xóa mù chữ | sw: kisomo | af: geletterdheid
refugees | es: refugiados | pt: refugiados | fr: réfugiés | de: flüchtlinge, geflüchtete, flüchtlingshilfe | it: rifugiati | nl: vluchtelingen, vluchtelingenwerk | pl: uchodźcy | sk: utečenci | sv: flyktingar | no: flyktninger | da: flygtninge | tr: mülteciler | el: πρόσφυγες | ru: беженцы, помощь беженцам | uk: біженці | ar: اللاجئين, اللاجئون | id: pengungsi | sw: wakimbizi | af: vlugtelinge
mental health | es: salud mental | pt: saúde mental | fr: santé mentale | de: psychische gesundheit, seelische gesundheit | it: salute mentale | nl: geestelijke gezondheid, mentale gezondheid | pl: zdrowie psychiczne | sk: duševné zdravie | sv: psykisk hälsa | no: psykisk helse | da: mental sundhed, psykisk sundhed | tr: ruh sağlığı | el: ψυχική υγεία | ru: психическое здоровье, ментальное здоровье | uk: психічне здоров'я, ментальне здоров'я | ar: الصحة النفسية | id: kesehatan mental, kesehatan jiwa | sw: afya ya akili | af: geestesgesondheid
climate action | es: acción climática, lucha contra el cambio climático | pt: ação climática | fr: action climatique, lutte contre le changement climatique | de: klimaschutz | it: azione per il clima | nl: klimaatactie | pl: ochrona klimatu | cs: ochrana klimatu | sv: klimatarbete | no: klimatiltak | da: klimaindsats | tr: iklim eylemi | el: δράση για το κλίμα | ru: борьба с изменением климата | uk: боротьба зі зміною клімату | ja: 気候変動対策 | zh: 气候行动, 應對氣候變化 | ko: 기후행동, 기후 행동 | ar: العمل المناخي | id: aksi iklim | vi: hành động vì khí hậu
gender equality | es: igualdad de género | pt: igualdade de género, igualdade de gênero | fr: égalité des genres, égalité femmes-hommes | de: gleichstellung, geschlechtergerechtigkeit | it: parità di genere | nl: gendergelijkheid | pl: równość płci | sv: jämställdhet | no: likestilling | da: ligestilling | tr: toplumsal cinsiyet eşitliği | el: ισότητα των φύλων | ru: гендерное равенство | uk: гендерна рівність | ar: المساواة بين الجنسين | id: kesetaraan gender | sw: usawa wa kijinsia
women in tech | es: mujeres en tecnología, mujeres en la tecnología | pt: mulheres na tecnologia | fr: femmes dans la tech, femmes dans le numérique | de: frauen in der technik, frauen in der tech | it: donne nella tecnologia | nl: vrouwen in tech | pl: kobiety w it, kobiety w technologii | tr: teknolojide kadın | ru: женщины в it, женщины в технологиях | uk: жінки в it, жінки в технологіях | ja: テック業界の女性 | ko: 여성 개발자 | ar: المرأة في التكنولوجيا
veterans | es: veteranos | pt: veteranos | fr: anciens combattants | de: veteranen | it: veterani | nl: veteranen | pl: weterani | sv: veteraner | no: veteraner | da: veteraner | tr: gaziler | el: βετεράνοι | ru: ветераны | uk: ветерани | ja: 退役軍人 | zh: 退伍军人, 退伍軍人 | ko: 참전용사, 보훈 | ar: المحاربين القدامى
economic empowerment | es: empoderamiento económico | pt: empoderamento econômico, empoderamento económico | fr: autonomisation économique | de: wirtschaftliche stärkung | it: emancipazione economica | nl: economische zelfstandigheid | pl: wzmocnienie ekonomiczne | tr: ekonomik güçlendirme | ru: экономическое расширение прав и возможностей | ar: التمكين الاقتصادي | id: pemberdayaan ekonomi | sw: uwezeshaji wa kiuchumi
science and technology | es: ciencia y tecnología | pt: ciência e tecnologia | fr: science et technologie, sciences et techniques | de: wissenschaft und technik, wissenschaft und technologie | it: scienza e tecnologia | nl: wetenschap en technologie | pl: nauka i technologia, nauka i technika | sv: vetenskap och teknik | no: vitenskap og teknologi | da: videnskab og teknologi | tr: bilim ve teknoloji | el: επιστήμη και τεχνολογία | ru: наука и технологии, наука и техника | uk: наука і технології | ja: 科学技術 | zh: 科学技术, 科技 | ko: 과학기술 | ar: العلوم والتكنولوجيا | id: sains dan teknologi | sw: sayansi na teknolojia
social services | es: servicios sociales | pt: serviços sociais | fr: services sociaux, action sociale | de: soziale dienste | it: servizi sociali | nl: maatschappelijke dienstverlening | pl: usługi społeczne, pomoc społeczna | sv: socialtjänst | no: sosialtjenester | da: sociale ydelser | tr: sosyal hizmetler | el: κοινωνικές υπηρεσίες | ru: социальные услуги, социальная помощь | uk: соціальні послуги | ar: الخدمات الاجتماعية | id: layanan sosial
politics | es: política | pt: política | fr: politique | de: politik | it: politica | nl: politiek | pl: polityka | sv: politik | no: politikk | tr: siyaset | el: πολιτική | ru: политика | uk: політика | ja: 政治 | zh: 政治 | ko: 정치 | ar: السياسة | he: פוליטיקה | sw: siasa | af: politiek
homelessness | no: bostedsløshet | sv: hemlöshet | da: hjemløshed | fi: asunnottomuus | is: heimilisleysi | pl: bezdomność | cs: bezdomovectví | ro: persoane fără adăpost | hu: hajléktalanság
blood donation | sr: davanje krvi, dobrovoljno davanje krvi | hr: darivanje krvi, dobrovoljno darivanje krvi | sl: krvodajalstvo | pl: krwiodawstwo | cs: dárcovství krve | sk: darcovstvo krvi | ro: donare de sânge | hu: véradás | uk: донорство крові | ru: донорство крови | tr: kan bağışı
search and rescue | is: leit og björgun | no: søk og redning | sv: sök och räddning | da: eftersøgning og redning | fi: etsintä ja pelastus | ro: căutare și salvare | tr: arama kurtarma, arama ve kurtarma | uk: пошуково-рятувальні роботи
"""

# Round 43: the commonest hobbies in the languages of Central, Northern and South-Eastern Europe the table held only in
# part (Czech, Slovak, Polish, Finnish, Danish, Norwegian, Swedish, Croatian/Serbian/Bosnian, Slovenian, Bulgarian,
# Estonian): each hobby of the table's most listed ones, in each of those languages, where the table had no form.
# Prompted by a fresh set's misses ('Pivovarnictví', 'Murtomaahiihto', 'Håndbold'), grown to the class so that what is
# read is every common hobby of those languages, not three words. Left out as everyday words of another sense: Danish and
# Swedish 'sang'/'sång' (English 'sang'), 'sund' (healthy, a strait), Norwegian 'søm' (seam), Swedish 'basket' and
# 'orientering' (orientation, news), Danish 'motion' (exercise; English motion), 'vin' (a name), Croatian 'šah' and
# 'lov' (three letters), 'vez' (embroidery; also 'link'), Slovene 'tek' (a run; a word of names), Finnish 'retkeily'
# (camping and hiking both), Bulgarian 'туризъм' (tourism).
HOBBY_NAMES_43 = """
running | da: løb, løbetræning | sv: löpträning | hr: trčanje | sr: trčanje | bg: бягане | cs: běhání | sk: behanie | sl: tekaštvo
hiking | da: vandreture | sl: pohodništvo, planinarjenje | bg: планинарство, преходи | sk: pešia turistika | et: matkamine
cycling | da: cykling | no: sykling | sv: cykling | pl: kolarstwo, jazda na rowerze | sk: cyklistika | hr: biciklizam | sr: biciklizam | sl: kolesarjenje | bg: колоездене | et: jalgrattasõit
swimming | no: svømming | sv: simning | pl: pływanie | sk: plávanie | hr: plivanje | sr: plivanje | sl: plavanje | da: svømning
skiing | da: skiløb | no: alpint, slalåm | sv: skidåkning, utförsåkning | pl: narciarstwo | sk: lyžovanie | hr: skijanje | sr: skijanje | sl: smučanje | bg: ски, каране на ски
cross-country skiing | fi: murtomaahiihto, murtsikka | et: murdmaasuusatamine | da: langrend | cs: běžecké lyžování, běžkování, běžky | sk: bežecké lyžovanie | pl: narciarstwo biegowe, biegówki | sl: tek na smučeh | hr: skijaško trčanje | bg: ски бягане
beer brewing | cs: pivovarnictví, vaření piva, domácí vaření piva | sk: pivovarníctvo, varenie piva | pl: piwowarstwo, warzenie piwa, piwowarstwo domowe | fi: oluenpano, kotiolut | da: ølbrygning, hjemmebrygning | no: ølbrygging, hjemmebrygging | sv: hembryggning | hr: pivarstvo, kućno pivarstvo | sr: pivarstvo | sl: pivovarstvo | bg: пивоварство | et: õllepruulimine | hu: sörfőzés
birdwatching | pl: ornitologia | cs: ornitologie | sk: ornitológia, pozorovanie vtákov | da: ornitologi | sv: ornitologi | fi: ornitologia, lintubongaus | hr: ornitologija | sl: ornitologija, opazovanje ptic | bg: орнитология, наблюдение на птици
fishing | da: lystfiskeri | no: fiske, sportsfiske | sv: sportfiske | pl: wędkarstwo | sk: rybárčenie, rybárstvo | hr: ribolov, ribarenje | sr: ribolov, pecanje | sl: ribolov, ribarjenje | bg: риболов
photography | da: fotografering | no: fotografering | sv: fotografering | pl: fotografia | sk: fotografovanie | hr: fotografija | sl: fotografija | bg: фотография
cooking | da: madlavning | no: matlaging | sv: matlagning | pl: gotowanie | sk: varenie | hr: kuhanje | sr: kuvanje | sl: kuhanje | bg: готвене
baking | da: bagning | sv: bakning | sk: pečenie | hr: pečenje kruha | bg: печене на хляб
gardening | da: havearbejde, havebrug | no: hagearbeid | sv: trädgårdsarbete | pl: ogrodnictwo | sk: záhradkárčenie, záhradníctvo | hr: vrtlarstvo | sr: baštovanstvo | sl: vrtnarjenje | bg: градинарство
reading | da: læsning | no: lesing | sv: läsning | pl: czytanie | sk: čítanie | hr: čitanje | sr: čitanje | sl: branje | bg: четене
travel | da: rejser | no: reising | sv: resor, resande | pl: podróże | sk: cestovanie | hr: putovanja | sr: putovanja | sl: potovanja | bg: пътуване, пътувания
painting | da: maling | no: maling | sv: målning | pl: malarstwo | sk: maľovanie | hr: slikanje | sr: slikanje | sl: slikanje | bg: рисуване
board games | pl: gry planszowe | sk: spoločenské hry | hr: društvene igre | sr: društvene igre | sl: družabne igre | bg: настолни игри
dancing | da: dans | no: dans | sv: dans | pl: taniec | sk: tanec | hr: ples | sr: ples | sl: ples | bg: танци
singing | cs: zpěv | sk: spev | pl: śpiew | da: korsang | no: korsang | hr: pjevanje | sr: pevanje | sl: petje | bg: пеене
climbing | cs: lezení | sk: lezenie | da: klatring | no: klatring | sv: klättring | fi: kiipeily | hr: penjanje | sr: penjanje | sl: plezanje | bg: катерене | et: ronimine
kayaking | fi: melonta | da: kajak, kajaksejlads | no: kajakkpadling | sv: kajakpaddling | pl: kajakarstwo | hr: kajakarenje | bg: каякинг
horse riding | fi: ratsastus | da: ridning | no: ridning | sv: ridning | pl: jeździectwo | sk: jazda na koni | hr: jahanje | sr: jahanje | sl: jahanje | bg: конна езда
knitting | da: strikning | no: strikking | sv: stickning | sk: pletenie | hr: pletenje | sr: pletenje | sl: pletenje | bg: плетене
pottery | da: keramik | no: keramikk | sv: keramik | pl: ceramika | hr: lončarstvo | bg: керамика
woodworking | fi: puutyöt | da: træarbejde | no: snekring | sv: snickeri | pl: stolarstwo | cs: truhlaření | hr: obrada drva | bg: дърводелство
football | cs: fotbal | sk: futbal | fi: jalkapallo | da: fodbold | no: fotball | sv: fotboll | pl: piłka nożna | hr: nogomet | sr: fudbal | sl: nogomet | bg: футбол | et: jalgpall
basketball | cs: basketbal | sk: basketbal | fi: koripallo | pl: koszykówka | hr: košarka | sr: košarka | sl: košarka | bg: баскетбол | et: korvpall
volleyball | cs: volejbal | sk: volejbal | fi: lentopallo | pl: siatkówka | hr: odbojka | sr: odbojka | sl: odbojka | bg: волейбол | et: võrkpall
handball | cs: házená | sk: hádzaná | pl: piłka ręczna | fi: käsipallo | da: håndbold | no: håndball | sv: handboll | hr: rukomet | sr: rukomet | sl: rokomet | bg: хандбал | et: käsipall | hu: kézilabda | ro: handbal | de: handball | ru: гандбол | uk: гандбол | el: χάντμπολ | tr: hentbol | is: handbolti
table tennis | cs: stolní tenis | sk: stolný tenis | fi: pöytätennis | da: bordtennis | no: bordtennis | sv: bordtennis | pl: tenis stołowy | hr: stolni tenis | sl: namizni tenis | bg: тенис на маса
ice hockey | fi: jääkiekko | da: ishockey | no: ishockey | sv: ishockey | pl: hokej na lodzie | cs: lední hokej | sk: ľadový hokej | et: jäähoki
scuba diving | fi: laitesukellus, sukellus | da: dykning | no: dykking | sv: dykning | pl: nurkowanie | cs: potápění | sk: potápanie | hr: ronjenje | sr: ronjenje | sl: potapljanje | bg: гмуркане
hunting | fi: metsästys | da: jagt | no: jakt | sv: jakt | pl: myślistwo | cs: myslivost | sk: poľovníctvo | hr: lovstvo | bg: лов на дивеч
beekeeping | fi: mehiläistenhoito | da: biavl | no: birøkt | sv: biodling | pl: pszczelarstwo | cs: včelaření, včelařství | sk: včelárstvo | hr: pčelarstvo | sr: pčelarstvo | sl: čebelarstvo | bg: пчеларство | et: mesindus
astronomy | fi: tähtitiede | pl: astronomia | cs: astronomie | hr: astronomija | bg: астрономия
genealogy | fi: sukututkimus | da: slægtsforskning | no: slektsforskning | sv: släktforskning | pl: genealogia | cs: genealogie, rodopis | bg: генеалогия
video games | fi: videopelit | da: computerspil | no: dataspill | sv: datorspel | pl: gry komputerowe, gry wideo | cs: videohry, počítačové hry | hr: videoigre | bg: видеоигри
martial arts | fi: kamppailulajit | da: kampsport | no: kampsport | sv: kampsport | pl: sztuki walki | cs: bojová umění | hr: borilačke vještine | bg: бойни изкуства
fencing | fi: miekkailu | da: fægtning | no: fekting | sv: fäktning | pl: szermierka | cs: šerm | hr: mačevanje | bg: фехтовка
rowing | fi: soutu | da: roning | no: roing | sv: rodd | pl: wioślarstwo | cs: veslování | hr: veslanje | bg: гребане
orienteering | fi: suunnistus | da: orienteringsløb | cs: orientační běh | pl: bieg na orientację | hr: orijentacijsko trčanje | et: orienteerumine
embroidery | fi: kirjonta | da: broderi | no: broderi | sv: broderi | pl: hafciarstwo, haftowanie | cs: vyšívání | hr: vezenje | bg: бродерия
sewing | fi: ompelu | da: syning | sv: sömnad | pl: szycie | cs: šití | hr: šivanje | bg: шиене
crochet | fi: virkkaus | da: hækling | no: hekling | sv: virkning | pl: szydełkowanie | cs: háčkování | hr: heklanje | bg: плетене на една кука
winter swimming | fi: avantouinti | da: vinterbadning | no: vinterbading | pl: morsowanie | cs: otužování
foraging | fi: sienestys, marjastus | sv: svampplockning | pl: grzybobranie | cs: houbaření
"""

# Round 43: the words skill labels are most often written with (those of round 39's Cyrillic list) in Bulgarian, which
# the table read only where it spells a word as Russian does; and a few words of skills in the Nordic and Central
# European languages the table lacked ('Mentorskap', 'Talousennusteet' read through the Finnish compound's parts).
# Not 'economic' ('ekonomiczna', 'økonomisk'): a word of the table is read as itself, and the Romance and Germanic
# forms ('económica', 'economisch') meet the English only as the stem 'econom' they share with it. Bulgarian 'право' (law, and right) and 'данни' (data, and taxes' 'данъци' is another word)
# are kept: 'данни' is data only.
SKILL_WORDS_43 = """
management | bg: управление, мениджмънт, ръководство
teaching | bg: преподаване, обучение, образование, педагогика
training | bg: обучения
analysis | bg: анализ, анализи
data | bg: данни
design | bg: дизайн, проектиране
development | bg: разработка, развитие
marketing | bg: маркетинг
sales | bg: продажби
finance | bg: финанси, финансов, финансова, финансово | fi: talous, talouden
accounting | bg: счетоводство
project | bg: проект, проекти, проекта
research | bg: изследвания, проучвания
quality | bg: качество, качеството
planning | bg: планиране
strategy | bg: стратегия
law | bg: право
health | bg: здравеопазване, здраве
nursing | bg: здравни грижи
programming | bg: програмиране
testing | bg: тестване
software | bg: софтуер
manufacturing | bg: производство
construction | bg: строителство
environment | bg: околна среда, екология
investment | bg: инвестиции
digital | bg: дигитален, дигитална, дигитално, дигитални
energy | bg: енергия, енергетика
literacy | bg: грамотност | lv: pratība | lt: raštingumas
sustainable | bg: устойчив, устойчива, устойчиво, устойчиви | lv: ilgtspējīga, ilgtspējīgu, ilgtspējīgas, ilgtspējīgi
forecasting | fi: ennusteet, ennuste, ennustaminen | sv: prognoser, prognostisering | da: prognoser | no: prognoser | cs: prognózování | bg: прогнозиране
mentoring | sv: mentorskap | no: mentorskap | da: mentorskab | fi: mentorointi | hr: mentorstvo | sl: mentorstvo | bg: менторство | ru: наставничество, менторство | uk: наставництво, менторство
"""

# Round 43: causes in the same languages: the environment, and children's health (its Polish name was a miss of three
# development sets).
CAUSE_NAMES_43 = """
environment | et: keskkond, keskkonnahoid | cs: životní prostředí | sk: životné prostredie | pl: ochrona środowiska | hr: zaštita okoliša | sl: varstvo okolja | bg: опазване на околната среда | da: miljø, miljøbeskyttelse | no: miljøvern | sv: miljö, miljöskydd | fi: ympäristö
child health | pl: zdrowie dzieci, ochrona zdrowia dzieci | cs: zdraví dětí | hr: zdravlje djece | bg: детско здраве
"""


def parse(text: str) -> dict[str, list[str]]:
    """{english: [forms…]} from the lines above, the language tags dropped (they are for the reader)."""
    found: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        english, *languages = (part.strip() for part in line.split("|"))
        forms = found.setdefault(english, [])
        for language in languages:
            forms.extend(form.strip() for form in language.split(":", 1)[1].split(",") if form.strip())
    return found


def merge_words(table: dict, additions: dict[str, list[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """The forms to add to each English word of `words`, and the refused ones: a folded form the table (or another
    of these additions) already reads as another English word."""
    words = table["words"]
    reads: dict[str, str] = {}
    for english, variants in words.items():
        for variant in (english, *variants):
            reads.setdefault(word_key(variant), english)
    claimed: dict[str, set[str]] = {}
    for english, forms in additions.items():
        for form in forms:
            claimed.setdefault(word_key(form), set()).add(english)
    added: dict[str, list[str]] = {}
    refused = []
    for english, forms in additions.items():
        for form in forms:
            key = word_key(form)
            if not key or reads.get(key) == english or form in added.get(english, ()):
                continue
            if key in reads or len(claimed[key]) > 1:
                refused.append(f"{form!r} for {english!r}: read as {reads.get(key) or sorted(claimed[key])}")
                continue
            added.setdefault(english, []).append(form)
    return added, refused


def take(words: dict[str, list[str]], taken: dict[str, tuple[str, str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """`words` without the forms `taken` moves (a copy), and those forms by the concept that takes them; a form no
    longer where `taken` says (already moved, or never there) is left alone."""
    kept = dict(words)
    moved: dict[str, list[str]] = {}
    for form, (looser, concept) in taken.items():
        if form in kept.get(looser, ()):
            kept[looser] = [variant for variant in kept[looser] if variant != form]
            moved.setdefault(concept, []).append(form)
    return kept, moved


def merge_names(table: dict, section: str, additions: dict[str, list[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """The names to add to each hobby (or cause) of `section`, refusing a name another entry already has."""
    owner: dict[str, str] = {}
    for kind in ("interests", "causes"):
        for entry in table[kind]:
            for name in (entry["name"], *entry["names"]):
                owner.setdefault(fold(name), f"{kind}:{entry['name']}")
    entries = {entry["name"]: entry for entry in table[section]}
    added: dict[str, list[str]] = {}
    refused = []
    for name, forms in additions.items():
        if name not in entries:
            refused.append(f"no {section} entry {name!r}")
            continue
        for form in forms:
            key = fold(form)
            mine = f"{section}:{name}"
            if owner.get(key) == mine:
                continue
            if key in owner:
                refused.append(f"{form!r} for {name!r}: already {owner[key]}")
                continue
            owner[key] = mine
            added.setdefault(name, []).append(form)
    return added, refused


def _rewrite_words(text: str, added: dict[str, list[str]], words: dict, shrunk: tuple[str, ...] = ()) -> str:
    """skills.json with each grown (or `shrunk`) English word's list written again in place, on one line, and new
    words first in `words`; the rest of the file as it was."""
    decoder = json.JSONDecoder()
    for english, forms in ({english: [] for english in shrunk} | added).items():
        line = f"    {json.dumps(english, ensure_ascii=False)}: "
        if english in words:
            start = text.index(line, text.index('"words": {')) + len(line)
            _, end = decoder.raw_decode(text, start)
            text = text[:start] + json.dumps(words[english] + forms, ensure_ascii=False) + text[end:]
        else:
            opening = '  "words": {\n'
            at = text.index(opening) + len(opening)
            text = text[:at] + line + json.dumps(forms, ensure_ascii=False) + ",\n" + text[at:]
    return text


def _rewrite_entries(text: str, section: str, added: dict[str, list[str]], entries: list[dict]) -> str:
    """interests.json with each grown entry of `section` written again in place, on one line."""
    decoder = json.JSONDecoder()
    by_name = {entry["name"]: entry for entry in entries}
    within = text.index(f'  "{section}": [')
    for name, forms in added.items():
        entry = by_name[name]
        found = re.compile(r'\{\s*"name": ' + re.escape(json.dumps(name, ensure_ascii=False)) + ",").search(text, within)
        assert found, name
        _, end = decoder.raw_decode(text, found.start())
        entry["names"] = entry["names"] + forms
        text = text[:found.start()] + json.dumps(entry, ensure_ascii=False) + text[end:]
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="print what would be added and refused, write nothing")
    args = parser.parse_args()

    skills_path = DATA / "skills.json"
    skills_text = skills_path.read_text(encoding="utf-8")
    skills = json.loads(skills_text)
    words, moved = take(skills["words"], TAKEN)
    additions = parse(SKILL_WORDS)
    for english, forms in parse(SKILL_WORDS_39).items():
        additions.setdefault(english, []).extend(forms)
    for english, forms in parse(SKILL_WORDS_43).items():
        additions.setdefault(english, []).extend(forms)
    for concept, forms in parse(SKILL_CONCEPTS).items():
        additions.setdefault(concept, []).extend(forms)
    for concept, forms in moved.items():
        additions.setdefault(concept, []).extend(forms)
    shrunk = tuple(looser for looser in words if words[looser] != skills["words"][looser])
    skills["words"] = words
    added, refused = merge_words(skills, additions)
    for form, (looser, concept) in TAKEN.items():
        if form in moved.get(concept, ()):
            print(f"moved {form!r} from {looser!r} to {concept!r}")
    print(f"skills.json words: {sum(map(len, added.values()))} forms for {len(added)} words")

    interests_path = DATA / "interests.json"
    interests_text = interests_path.read_text(encoding="utf-8")
    interests = json.loads(interests_text)
    hobby_names, cause_names = parse(HOBBY_NAMES), parse(CAUSE_NAMES)
    for english, forms in parse(HOBBY_NAMES_43).items():
        hobby_names.setdefault(english, []).extend(forms)
    for english, forms in parse(CAUSE_NAMES_43).items():
        cause_names.setdefault(english, []).extend(forms)
    hobbies, refused_hobbies = merge_names(interests, "interests", hobby_names)
    causes, refused_causes = merge_names(interests, "causes", cause_names)
    print(f"interests.json: {sum(map(len, hobbies.values()))} hobby names, {sum(map(len, causes.values()))} cause names")
    for line in (*refused, *refused_hobbies, *refused_causes):
        print("refused", line)
    if args.check:
        return
    skills_text = _rewrite_words(skills_text, added, skills["words"], shrunk)
    interests_text = _rewrite_entries(interests_text, "interests", hobbies, interests["interests"])
    interests_text = _rewrite_entries(interests_text, "causes", causes, interests["causes"])
    assert json.loads(skills_text)["words"] == {**{k: v for k, v in added.items() if k not in skills["words"]},
                                                **{k: v + added.get(k, []) for k, v in skills["words"].items()}}
    skills_path.write_text(skills_text, encoding="utf-8")
    interests_path.write_text(interests_text, encoding="utf-8")


if __name__ == "__main__":
    main()
