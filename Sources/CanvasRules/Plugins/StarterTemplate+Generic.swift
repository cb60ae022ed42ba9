extension StarterTemplate {
    /// The starter of a canvas for a target group that no plugin covers: a draft with the
    /// header filled, every section empty, and the workshop prompts above each section.
    public static let generic = StarterTemplate(#"""
#en: Starter canvas for one workshop table. The facilitator reads each question aloud; the table answers in the section under it.
#bg: Начална диаграма за една работна маса. Водещият чете всеки въпрос на глас; масата отговаря в раздела под него.
#uk: Початкова діаграма для одного робочого столу. Модератор читає кожне питання вголос; стіл відповідає в розділі під ним.
#ru: Стартовая диаграмма для одного рабочего стола. Ведущий читает каждый вопрос вслух; стол отвечает в разделе под ним.
format: 1
id: new-service
title: "{{en: A new library service | bg: Нова библиотечна услуга | uk: Нова бібліотечна послуга | ru: Новая библиотечная услуга}}"
language: en
status: draft
authors: ["{{en: Table 1 | bg: Група 1 | uk: Група 1 | ru: Группа 1}}"]

target_group:
  #en: Who exactly is the service for? Where do they live, how many can the library reach in a year?
  #bg: За кого точно е услугата? Къде живеят, до колко от тях библиотеката може да достигне за година?
  #uk: Для кого саме послуга? Де вони живуть, скількох бібліотека може охопити за рік?
  #ru: Для кого именно услуга? Где они живут, скольких библиотека может охватить за год?
  name: "{{en: Who? | bg: Кои? | uk: Хто? | ru: Кто?}}"

needs:
  #en: What do they need? How do we know – have we asked them?
  #bg: От какво имат нужда? Откъде знаем – питали ли сме ги?
  #uk: Чого вони потребують? Звідки ми знаємо – чи питали ми їх?
  #ru: В чём они нуждаются? Откуда мы знаем – спрашивали ли мы их?
  []

service:
  #en: What will the library offer, in one sentence? What changes for them?
  #bg: Какво ще предложи библиотеката, в едно изречение? Какво се променя за тях?
  #uk: Що запропонує бібліотека, одним реченням? Що зміниться для них?
  #ru: Что предложит библиотека, одним предложением? Что изменится для них?
  name: "{{en: The service | bg: Услугата | uk: Послуга | ru: Услуга}}"

resources:
  #en: What does the library already have? What is missing (available false), what does it cost?
  #bg: Какво вече има библиотеката? Какво липсва (available false), колко струва?
  #uk: Що бібліотека вже має? Чого бракує (available false), скільки це коштує?
  #ru: Что у библиотеки уже есть? Чего не хватает (available false), сколько это стоит?
  []

partners:
  #en: Who else cares about these people? What does each partner do, and what does each gain?
  #bg: Кой още се грижи за тези хора? Какво прави всеки партньор и какво печели?
  #uk: Хто ще опікується цими людьми? Що робить кожен партнер і що кожен отримує?
  #ru: Кто ещё заботится об этих людях? Что делает каждый партнёр и что каждый получает?
  []

information:
  #en: Where do these people learn about things? Which channels reach them?
  #bg: Откъде научават новините тези хора? Кои канали достигат до тях?
  #uk: Звідки ці люди дізнаються новини? Які канали до них доходять?
  #ru: Откуда эти люди узнают новости? Какие каналы до них доходят?
  []

activities:
  #en: What happens, when (YYYY-MM), who is responsible? Which needs does each activity answer?
  #bg: Какво се случва, кога (ГГГГ-ММ), кой отговаря? На кои потребности отговаря всяка дейност?
  #uk: Що відбувається, коли (РРРР-ММ), хто відповідає? На які потреби відповідає кожен захід?
  #ru: Что происходит, когда (ГГГГ-ММ), кто отвечает? На какие потребности отвечает каждое мероприятие?
  []

effects:
  social:
    #en: What changes for them? How will you count it (indicator, target, unit)?
    #bg: Какво се променя за тях? Как ще го измерите (indicator, target, unit)?
    #uk: Що змінюється для них? Як ви це виміряєте (indicator, target, unit)?
    #ru: Что меняется для них? Как вы это измерите (indicator, target, unit)?
    []
  economic:
    #en: What does the service save or earn? What is it worth in money, in which currency?
    #bg: Какво спестява или носи услугата? Колко струва това в пари и в каква валута?
    #uk: Що заощаджує чи приносить послуга? Скільки це в грошах і в якій валюті?
    #ru: Что экономит или приносит услуга? Сколько это в деньгах и в какой валюте?
    []
"""#)
}
