/// The starter canvas for a table whose target group has no plugin (in Velingrad: the tourism
/// business, pupils, women affected by domestic violence, young Roma, amateur artists).
///
/// A ``StarterTemplate`` like a plugin's `starter.yaml`, with one more placeholder: `"{{theme}}"`
/// is the table's theme (see ``StarterSettings``). It asks the six questions of the partnership
/// method (seed 003) without presuming the group.
public enum GenericStarter {
    /// The template's text.
    public static let text = #"""
#en: Starter canvas for one workshop table. The facilitator reads each question aloud; the table answers in the section under it.
#bg: Начална диаграма за една работна маса. Водещият чете всеки въпрос на глас; масата отговаря в раздела под него.
#uk: Початкова діаграма для одного робочого столу. Модератор читає кожне питання вголос; стіл відповідає в розділі під ним.
#ru: Стартовая диаграмма для одного рабочего стола. Ведущий читает каждый вопрос вслух; стол отвечает в разделе под ним.
format: 1
id: new-service
title: "{{theme}}"
language: en
status: draft
authors: ["{{en: Table 1 | bg: Група 1 | uk: Група 1 | ru: Группа 1}}"]

target_group:
  #en: Who exactly is the service for? Where do they live, how many can the library reach in a year?
  #bg: За кого точно е услугата? Къде живеят, до колко от тях библиотеката може да достигне за година?
  #uk: Для кого саме послуга? Де вони живуть, скількох бібліотека може охопити за рік?
  #ru: Для кого именно услуга? Где они живут, скольких библиотека может охватить за год?
  name: "{{theme}}"
  size: 20

needs:
  #en: What do they need? How do we know – have we asked them?
  #bg: От какво се нуждаят? Откъде знаем – питали ли сме ги?
  #uk: Чого вони потребують? Звідки ми знаємо – чи питали ми їх?
  #ru: В чём они нуждаются? Откуда мы знаем – спрашивали ли мы их?
  - id: need
    text: "{{en: What they need most | bg: От какво имат най-голяма нужда | uk: Чого вони найбільше потребують | ru: В чём они больше всего нуждаются}}"

service:
  #en: What will the library offer, in one sentence? What changes for them?
  #bg: Какво ще предложи библиотеката, в едно изречение? Какво се променя за тях?
  #uk: Що запропонує бібліотека, одним реченням? Що зміниться для них?
  #ru: Что предложит библиотека, одним предложением? Что изменится для них?
  name: "{{en: The new service | bg: Новата услуга | uk: Нова послуга | ru: Новая услуга}}"

resources:
  #en: What does the library already have? What is missing (available false), what does it cost and how will you get it?
  #bg: Какво вече има библиотеката? Какво липсва (available false), колко струва и как ще го осигурите?
  #uk: Що бібліотека вже має? Чого бракує (available false), скільки це коштує і як ви це отримаєте?
  #ru: Что у библиотеки уже есть? Чего не хватает (available false), сколько это стоит и как вы это получите?
  - id: space
    item: "{{en: A room in the library | bg: Зала в библиотеката | uk: Зала в бібліотеці | ru: Зал в библиотеке}}"
    kind: space
    available: true

partners:
  #en: Who else works with these people? What does each partner do, and what does each gain?
  #bg: Кой още работи с тези хора? Какво прави всеки партньор и какво печели?
  #uk: Хто ще працює з цими людьми? Що робить кожен партнер і що кожен отримує?
  #ru: Кто ещё работит с этими людьми? Что делает каждый партнёр и что каждый получает?
  - id: partner
    name: "{{en: A partner organisation | bg: Партньорска организация | uk: Організація-партнер | ru: Организация-партнёр}}"
    type: other
    role: "{{en: What the partner does | bg: Какво прави партньорът | uk: Що робить партнер | ru: Что делает партнёр}}"
    benefit: "{{en: What the partner gains | bg: Какво печели партньорът | uk: Що отримує партнер | ru: Что получает партнёр}}"

information:
  #en: How will they and the partners learn about the service?
  #bg: Как ще научат за услугата те и партньорите?
  #uk: Як про послугу дізнаються вони та партнери?
  #ru: Как об услуге узнают они и партнёры?
  - channel: "{{en: Leaflets through the partners | bg: Дипляни чрез партньорите | uk: Листівки через партнерів | ru: Листовки через партнёров}}"
    audience: "{{theme}}"

activities:
  #en: What happens, when (YYYY-MM), who is responsible? Which need does each activity answer?
  #bg: Какво се случва, кога (ГГГГ-ММ), кой отговаря? На коя потребност отговаря всяка дейност?
  #uk: Що відбувається, коли (РРРР-ММ), хто відповідає? На яку потребу відповідає кожна діяльність?
  #ru: Что происходит, когда (ГГГГ-ММ), кто отвечает? На какую потребность отвечает каждое действие?
  - id: first
    name: "{{en: The first meeting | bg: Първата среща | uk: Перша зустріч | ru: Первая встреча}}"
    when: 2026-01
    responsible: "{{en: Librarian | bg: Библиотекар | uk: Бібліотекар | ru: Библиотекарь}}"
    needs: [need]
    partners: [partner]
    resources: [space]

effects:
  social:
    #en: What changes for them? How will you count it (indicator, target, unit)?
    #bg: Какво се променя за тях? Как ще го измерите (indicator, target, unit)?
    #uk: Що змінюється для них? Як ви це виміряєте (indicator, target, unit)?
    #ru: Что меняется для них? Как вы это измерите (indicator, target, unit)?
    - text: "{{en: People who took part | bg: Хора, които са участвали | uk: Люди, які взяли участь | ru: Люди, которые приняли участие}}"
      indicator: "{{en: participants | bg: участници | uk: учасники | ru: участники}}"
      target: 15
      unit: people
  economic:
    #en: What is saved or earned, by them or the community? What is it worth in money, in which currency?
    #bg: Какво се спестява или печели – от тях или от общността? Колко струва това в пари и в каква валута?
    #uk: Що заощаджують чи заробляють – вони чи громада? Скільки це в грошах і в якій валюті?
    #ru: Что экономят или зарабатывают – они или община? Сколько это в деньгах и в какой валюте?
    - text: "{{en: Savings for the participants | bg: Спестявания за участниците | uk: Заощадження для учасників | ru: Экономия для участников}}"
      value: 100
      currency: EUR

"""#
}
