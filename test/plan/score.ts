/** Runs the team's plan scorer (copied into test/fixtures) on an extraction result; used by the accuracy test and the bench. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanDocument } from '../../shared/plan/types.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const PLAN_FIXTURES = join(FIXTURES, 'plans');
export const FIXTURE_NAMES = [
  '000_5f8be25b98d30b35',
  '001_b8c62f3cfa4035ac',
  '002_b92f44ce9ba818d3',
  '003_19488dc2f9ccc913',
  '004_f1e03699f62b22a1',
];

export interface Score {
  plans: { gold: number; got: number; titlesMatched: number };
  headings: {
    p: number;
    r: number;
    f1: number;
    levelAcc: number;
    parentAcc: number;
    matched: number;
    gold: number;
    got: number;
  };
  schedule: { when: { f1: number }; items: { f1: number } };
  sessions: { f1: number };
  goals: { f1: number };
  groupSize: { exact: number; of: number };
}

/**
 * The scorer is a script (`node score-plan.mjs GOLD RESULT` prints one JSON line), kept byte for byte as the team
 * wrote it. It runs here unchanged but in this process: its text as a function body, its one import (node:fs) and
 * `process.argv` handed in, `console.log` captured — not a node process per document (about 40 in the accuracy test).
 */
const SCORER_IMPORT = "import fs from 'node:fs';\n";
const SCORER = readFileSync(join(FIXTURES, 'score-plan.mjs'), 'utf8');
if (!SCORER.includes(SCORER_IMPORT)) throw new Error(`score-plan.mjs no longer starts with ${SCORER_IMPORT.trim()}`);
const scorer = new Function('fs', 'process', 'console', `'use strict';\n${SCORER.replace(SCORER_IMPORT, '')}`) as (
  fs: { readFileSync: (path: string, encoding: 'utf8') => string },
  process: { argv: string[]; exit: (code: number) => never },
  console: { log: (line: string) => void },
) => void;

export function scoreDocument(goldPath: string, doc: PlanDocument): Score {
  const RESULT = '<extraction result>';
  const lines: string[] = [];
  scorer(
    { readFileSync: (path, encoding) => (path === RESULT ? JSON.stringify(doc) : readFileSync(path, encoding)) },
    {
      argv: [process.execPath, 'score-plan.mjs', goldPath, RESULT],
      exit: (code) => {
        throw new Error(`score-plan.mjs exited with ${code}: ${lines.join('\n')}`);
      },
    },
    { log: (line) => lines.push(line) },
  );
  if (lines.length !== 1) throw new Error(`score-plan.mjs printed ${lines.length} lines`);
  return JSON.parse(lines[0]!) as Score;
}

/** Plans written for the generalisation tests (test/plan/documents), each with a hand-labelled gold file. */
export const PLAN_DOCUMENTS = join(dirname(fileURLToPath(import.meta.url)), 'documents');
export const DOCUMENT_NAMES = ['jiaoyanzu-zhangtiao', 'xiaozu-jihuashu', 'huzhu-fangan', 'reading-buddies'];

/** The text as some PDF viewers and web pages deliver it: every line break removed. */
export function stripLineBreaks(text: string): string {
  return text.replace(/\r?\n/g, '');
}

/** The text as other PDF viewers deliver it: every line break turned into a space. */
export function spaceLineBreaks(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

/** The real documents of test/plan/corpus (README.md there), each with hand-labelled gold written before any run. */
export const PLAN_CORPUS = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
export const CORPUS_NAMES = readdirSync(PLAN_CORPUS)
  .filter((f) => /\.(?:md|mdx|html?|docx|pdf|txt)$/.test(f) && !/^[A-Z]/.test(f))
  .sort();

/**
 * The first batch's held-out third, chosen before tuning by a rule fixed in advance (per input kind, the third of the
 * file names with the smallest SHA-1). Its first-run figures are in corpus/FIRST-RUN.md; since the work on the issue's
 * causes 5 and 8 it has been tuned on like the rest of the first batch.
 */
export const HELD_OUT_1 = [
  'notice-buaa-homework.docx',
  'charter-dsci100-group8-contract.docx',
  'scoring-sfls-inspection-rules-word.html',
  'scoring-667-class-rules-v3.md',
  'training-nuaa-winter-camp-2025.md',
  'studygroup-htdp-sessions.md',
  'scoring-667-class-rules-v2.md',
  'training-cuc-acm-2021spring.md',
  'studyplan-jjjqc-2019.pdf',
];

/**
 * The second batch (corpus/README.md "Batch 2"), held out until its first run (FIRST-RUN.md), then tuned on for the
 * causes it showed.
 */
export const HELD_OUT_2 = [
  'studygroup-jumpstart-hackers-painters.md',
  'studygroup-wang3feng-dushuhui.md',
  'studyplan-cssta-acm-path.md',
  'rules-shishi-esl-class-rules.md',
  'studygroup-p2p-learning-community.md',
  'charter-97brown-shopping-team.docx',
  'charter-cuit-group3-team.docx',
  'charter-it111-task-tracker.docx',
  'charter-tj-music-team.pdf',
  'lesson-alberta-palaeo-presentation.pdf',
  'workshop-nmfs-quarto-schedule-web.html',
];

export const corpusGold = (file: string): string => join(PLAN_CORPUS, file.replace(/\.[a-z]+$/, '.gold.json'));

/**
 * The third batch (corpus/README.md "Batch 3"), labelled before any run and held out until its first run
 * (FIRST-RUN.md), then tuned on for the causes it showed.
 */
export const HELD_OUT_3 = [
  'charter-wjc-team-rules.docx',
  'studygroup-cs1109-clg-plan.docx',
  'lesson-ai-for-kids.pdf',
  'lesson-hunter-nested-lists.pdf',
  'studygroup-sre-taiwan-dushuhui.html',
  'studygroup-wwcode-london-mentor.html',
  'charter-bulbnju-team.md',
  'charter-thutickets-team.md',
  'plan-itkim-driving-school-cehuashu.pdf',
  'studygroup-chicago-chinese-meetup.html',
  'notice-ccp-lab-arrangement.docx',
  'notice-nlp-course-project.docx',
  'notice-flask-course-assessment.docx',
  'studyplan-wsxh-tutoring-syllabus.pdf',
  'studyplan-wsxh-tutoring-timetable.docx',
];

/**
 * The fourth batch (corpus/README.md "Batch 4"), labelled before any run and held out until its first run
 * (FIRST-RUN.md), then tuned on at the end of the session.
 */
export const HELD_OUT_4 = [
  'charter-seii-lolok-team.md',
  'notice-medstat-course-units.md',
  'notice-jiaxing-android-course-schedule.md',
  'charter-uestclug-club.md',
  'lesson-web-browsing-roleplay.pdf',
  'notice-os-lab-deadlines.pdf',
  'charter-t07g5-team-contract.docx',
  'studyplan-bit-graduation-semester.md',
  'notice-arch-lab-requirements.docx',
  'training-bundleb2b-onboarding.md',
];

/** The fifth batch (corpus/README.md "Batch 5"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_5 = [
  'schedule-django-course-lessons.md',
  'studyplan-shiwu-xuetang-coding-course.md',
  'notice-ssh-course-list.docx',
  'notice-missing-semester-course-arrangement.pdf',
  'schedule-thu-ann-lectures.pdf',
  'workshop-kelaidoscope-english-schedule.pdf',
  'studyplan-daydayup-react-native.docx',
];

/** The sixth batch (corpus/README.md "Batch 6"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_6 = [
  'studygroup-csu-cs-reading-group.html',
  'schedule-compiler-s22-weekly.html',
  'studyplan-mcm-2024-team.md',
  'lesson-aerial-photography.md',
  'charter-eecs481-group-contract.docx',
  'studyplan-licong-git-course.docx',
  'plan-ljt-summer-project.docx',
  'lesson-piano-zoom-lesson1.pdf',
  'schedule-sc-software-construction.pdf',
  'schedule-ipp-python-agenda.pdf',
];

/** The seventh batch (corpus/README.md "Batch 7"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_7 = [
  'lesson-ciera-bayes-vs-frequentist.docx',
  'workshop-maptime-contextual-maps.pdf',
  'notice-zju-ics-syllabus-web.html',
  'studygroup-bristol-nn-reading-schedule.html',
  'schedule-macroeconomics-2022fall-syllabus.pdf',
  'studyplan-finbigdata-python-syllabus.docx',
  'plan-face-detect-work-arrangement.docx',
  'training-club-six-sessions.md',
  'training-quadruped-robot-team.md',
  'workshop-cmu-dh-text-analysis.md',
];

/** The eighth batch (corpus/README.md "Batch 8"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_8 = [
  'plan-xupt-mcm-essay-contest.md',
  'plan-hgfl-game-contest-rules.docx',
  'schedule-dip-teaching-calendar.docx',
  'schedule-tjut-chem-math-teaching-calendar.pdf',
  'plan-changes729-studio-activity.pdf',
  'studygroup-altcs-reading-group-web.html',
  'workshop-csmb-fvt-modeling-plan.docx',
  'workshop-marsja-r-workshop-agenda.pdf',
  'charter-fac-student-teams.md',
  'notice-stiei-c-course-arrangement.md',
];

/** The ninth batch (corpus/README.md "Batch 9"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_9 = [
  'schedule-bjut-prob-stats-2023-calendar.md',
  'studyplan-jnu-game-theory-syllabus.pdf',
  'plan-embedded-robot-race-rules.pdf',
  'notice-iot-blockchain-project-requirements.docx',
  'studyplan-yqvqy-coding-teaching-outline.docx',
  'studygroup-complearnjc-journal-club-schedule-web.html',
  'studygroup-bi621-journal-club-expectations.md',
  'workshop-rhodyrstats-intro-r-agenda.pdf',
  'workshop-aischooloxford-essay-writing-agenda.docx',
  'rules-weredian-group-github-sharing.md',
];

/** The tenth batch (corpus/README.md "Batch 10"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_10 = [
  'notice-njucm-video-contest-plan.docx',
  'notice-njucm-lscat-translation-contest.pdf',
  'notice-njucm-degree-rules.docx',
  'scoring-cyberbzr-course-evaluation.md',
  'scoring-cyberbzr-performance-pay.md',
  'studygroup-uomcs-industry-mentoring-web.html',
  'studygroup-dragonos-mentor-guide-web.html',
  'workshop-ib-tok-subject-teachers-agenda.pdf',
  'coop-geekmom-group-roles.docx',
  'schedule-ellipsometry-conference-programme.docx',
];

/** The eleventh batch (corpus/README.md "Batch 11"), labelled before any run; tuned on after its first run. */
export const HELD_OUT_11 = [
  'notice-nju-search-engine-project.pdf',
  'notice-buaa-java-course-project.pdf',
  'notice-nju-bigdata-group-assignment.docx',
  'notice-witeaa-maker-contest.docx',
  'notice-ncut-matlab-course-project.md',
  'workshop-dtc-ide-bootcamp-schedule.pdf',
  'workshop-aihealth-nlp-explainability-plan.docx',
  'workshop-pnb-open-science-schedule.docx',
  'schedule-cfde-hackathon-2022feb-web.html',
  'studyplan-edu2act-deep-learning-syllabus.md',
];

/** The twelfth batch (corpus/README.md "Batch 12"). */
export const HELD_OUT_12 = [
  'schedule-ase-weekly-course-progress.docx',
  'studyplan-xingqiheng-software-testing-week.docx',
  'rules-sysu-psych-lab-use-notice.pdf',
  'notice-sjtu-abr-streaming-project-groups.pdf',
  'rules-pku-lemonade-lab-daily-work.md',
  'studygroup-cyf-mentoring-session-plan.md',
  'club-nhs-code-club-schedule-web.html',
  'club-cmu-chess-constitution.pdf',
  'charter-ppol564-a-team-charter.pdf',
  'charter-6005-pingball-team-contract.docx',
];

/** The thirteenth batch (corpus/README.md "Batch 13"). */
export const HELD_OUT_13 = [
  'plan-sysu-android-phonebook-team-arrangement.docx',
  'schedule-sysu-coa-lab-teaching-plan.docx',
  'studyplan-sysu-numerical-methods-teaching-plan.pdf',
  'workshop-handviz-r-workshop-agenda-web.html',
  'workshop-cfa-data-pipelines-syllabus-web.html',
  'studygroup-glen-extremes-reading-group-web.html',
  'studygroup-seattlerb-lisp-schedule.md',
];

/** The fourteenth batch (corpus/README.md "Batch 14"). */
export const HELD_OUT_14 = [
  'notice-nku-se-team-project-assessment.md',
  'notice-njudl-course-project-web.html',
  'notice-datacenter-course-assignment-2021.md',
  'lesson-wenyuanshijian-song-literature-jiaoan.docx',
  'schedule-ioe7th-contest-agenda.docx',
  'club-uab-informatics-constitution.pdf',
  'charter-id5059-group-contract.pdf',
];

/** The fifteenth batch (corpus/README.md "Batch 15"). */
export const HELD_OUT_15 = [
  'charter-bucm-bcnn-constitution.md',
  'club-x1ct34m-ctf-team-recruitment.md',
  'notice-yistudio-icpc-recruitment-2024.md',
  'club-adelaide-cs-committee-schedule.pdf',
  'studygroup-bhklab-journal-club.md',
  'workshop-openhack-hackathon-agenda.md',
  'schedule-labhack-hackathon-2016.md',
];

/** The sixteenth batch (corpus/README.md "Batch 16"). */
export const HELD_OUT_16 = [
  'notice-vlsi-fir-filter-course-design.pdf',
  'notice-angularjs-course-design.pdf',
  'notice-ringelmann-smoke-app-course-design.pdf',
  'notice-ld-course-design-report.docx',
  'charter-csu-itc303-k8s-team-charter.docx',
  'charter-shophub-working-agreement.docx',
  'charter-ict199-election-office-team-charter.pdf',
  'plan-msoe-quadruped-robot-project-plan.docx',
  'workshop-biof076-visualization-r-agenda.pdf',
];

/** The seventeenth batch (corpus/README.md "Batch 17"). */
export const HELD_OUT_17 = [
  'notice-csust-acm-contest-web.html',
  'notice-cqcst-sports-meet-web.html',
  'rules-capu-race-procedure-web.html',
  'notice-sharecup-contest-flow-web.html',
  'rules-fudan-quant-contest-tracks.docx',
  'workshop-massaraevi-github-agenda.pdf',
  'club-ggplot-extenders-meetings-web.html',
  'workshop-xsam-bergen-course-agenda.docx',
  'workshop-blockchain-hyperledger-agenda.md',
];

/** The eighteenth batch (corpus/README.md "Batch 18"). */
export const HELD_OUT_18 = [
  'plan-venulaws-qiming-pufa-activity-web.html',
  'training-trainplan-java-course-stages.txt',
  'plan-coderxiaoban-project-sub-plans.docx',
  'charter-pingball-team-contract.txt',
  'charter-social-network-team-contract.txt',
  'charter-starbattle-team-contract.txt',
  'schedule-netbiol-hackathon2017-web.html',
  'workshop-nus-unix-schedule-web.html',
];

/** The nineteenth batch (corpus/README.md "Batch 19"). */
export const HELD_OUT_19 = [
  'notice-spirit-underground-course-design-task.docx',
  'notice-oxyrent-frontend-course-design-task.docx',
  'notice-neu-datastructure-course-design-task.docx',
  'club-bclinux-constitution.pdf',
  'workshop-sfb1252-llm-schedule-web.html',
  'charter-centre-csc362-team-contract.txt',
  'charter-uestc-ingress-club-constitution.md',
  'club-uestc-ingress-feasibility.md',
  'club-uestc-ingress-application.md',
];

/** The twentieth batch (corpus/README.md "Batch 20"). */
export const HELD_OUT_20 = [
  'notice-guet-acm-contest-2019.pdf',
  'rules-guet-acm-base-rules.pdf',
  'scoring-shapez-cpp-project-rubric.pdf',
  'rules-cas-association-code-of-conduct.pdf',
  'charter-daftthunk-team-contract.txt',
  'charter-trashop-blueberry-norms.txt',
  'charter-fitnet-team-norms.md',
  'workshop-leongomez-research-integrity-agenda.pdf',
  'workshop-wids-coupled-systems-agenda.docx',
  'studygroup-datawhale-collectdata.md',
  'studyplan-datawhale-csapp-408.md',
  'studygroup-datawhale-turtle.md',
  'studygroup-datawhale-numpy.md',
  'studygroup-datawhale-algorithm-running.md',
];

/** The twenty-first batch (corpus/README.md "Batch 21"). */
export const HELD_OUT_21 = [
  'rules-whstu-broadcast-room-duty.docx',
  'plan-whstu-flag-raising-ceremony.docx',
  'charter-holi-studio-rules.docx',
  'plan-xixiaocan-implementation.docx',
  'club-hackkstate-bylaws.pdf',
  'workshop-usepa-r-user-group-agenda.pdf',
  'rules-raygoldman-classroom-management-plan.pdf',
  'workshop-csua-spring2014-hackathon-web.html',
  'workshop-sesync-reprohack-2020-agenda.pdf',
  'notice-electronicweb-club-first-steps.md',
  'club-electronicweb-first-meeting.md',
  'club-naosi-first-meeting.md',
  'charter-naosi-association-vision.md',
];

/** The twenty-second batch (corpus/README.md "Batch 22"). */
export const HELD_OUT_22 = [
  'plan-geekpie-tech-overflow-salon.md',
  'club-a2os-nuaa-open-source-plan.md',
  'rules-unnamed-contest-osu-tournament.md',
  'rules-pixelfight-contest.md',
  'club-techsquares-bylaws.txt',
  'club-nwmissouri-cdc-constitution.docx',
  'club-qfin-uwa-constitution.pdf',
  'lesson-ucsb-peer-tutoring-session.md',
  'notice-hznu-programming-contest-2016-web.html',
  'rules-ncue-ccpc2016-contest-web.html',
  'workshop-cbse-sqaa-agenda-web.html',
  'schedule-wasn2018-conference-agenda-web.html',
  'rules-nix-team-newcomer-guide.md',
];

/** The twenty-third batch (corpus/README.md "Batch 23"). */
export const HELD_OUT_23 = [
  'notice-neu-surveying-contest-first-notice.pdf',
  'rules-neu-surveying-contest-implementation-web.html',
  'scoring-neu-surveying-contest-evaluation-web.html',
  'workshop-dls-meetup-2018feb-agenda.docx',
  'club-cubecats-constitution.docx',
  'club-trinity-acm-chapter-bylaws.pdf',
  'training-evrc-python-lesson-plan.txt',
  'lesson-wesnoth-modding-plan.txt',
  'schedule-bnucpc-2012-contest-schedule-web.html',
  'workshop-intersect-bootcamp23-agenda.md',
  'workshop-nbis-snakemake-byoc-schedule.md',
  'training-singularity-backend-summer-camp.md',
  'training-wncg-software-group-week-tasks.md',
];

/** The twenty-fourth batch (corpus/README.md "Batch 24"). */
export const HELD_OUT_24 = [
  'rules-loongson-cup-contest-zhangcheng.pdf',
  'notice-pku-eecs-summer-camp-jianzhang-web.html',
  'schedule-pku-eecs-summer-camp-checkin-web.html',
  'workshop-saturn2018-designers-agenda.md',
  'lesson-newcastle-rse-intro-python-plan.md',
  'charter-presley-agile-working-agreement.docx',
  'club-livhacksoc-hackathon-society-constitution.pdf',
  'notice-nvidia-trt-hackathon2022.md',
  'schedule-ukoyss-opening-ceremony.md',
  'schedule-cyberscience-2025-program-overview.md',
];

/** The twenty-fifth batch (corpus/README.md "Batch 25"). */
export const HELD_OUT_25 = [
  'rules-hackathon2020-eastchina-rules.md',
  'studygroup-apathyyi-java-weekly-plan.docx',
  'studyplan-bigpandacpu-2018.docx',
  'club-acmuc-constitution-bylaws.md',
  'lesson-jinkimc-diablo-session01.pdf',
  'charter-remm23-dms-ecommerce-team.docx',
  'studygroup-wiep-ethereum-cohort4.md',
  'rules-rcos-attendance-guidelines.md',
  'schedule-shangqu-outdoor-summer-camp-web.html',
];

/** The twenty-sixth batch (corpus/README.md "Batch 26"). */
export const HELD_OUT_26 = [
  'rules-fyhs-school-rules-web.html',
  'rules-fyhs-school-rules-a38b-web.html',
  'rules-telsa-jiaokou-parent-participation.docx',
  'workshop-harp-training-2022-agenda-web.html',
  'workshop-midfield-institute-2023-program-web.html',
  'schedule-microscopy-hackathon3-agenda-web.html',
  'camp-pymor-school-2019-agenda-web.html',
  'charter-tust-open-source-club-zhangcheng.docx',
  'charter-jsbicycle-association-zhangcheng.docx',
  'rules-team27-unmanned-vehicle-contest.pdf',
  'club-ieee-wpi-branch-bylaws.pdf',
  'club-sdcs-bylaws.txt',
  'workshop-asepa-sediment-goals.docx',
  'agenda-csulb-python-bioinformatics-workshop.docx',
];

/** The twenty-seventh batch (corpus/README.md "Batch 27"). */
export const HELD_OUT_27 = [
  'plan-njumeng2016-activities.md',
  'rules-njumeng2016-class-fund.md',
  'rules-njumeng2016-class-management.md',
  'club-ruslug-constitution-web.html',
  'lesson-math-adventures-curriculum-web.html',
  'plan-nodejs-mentor-mentee-guide.md',
  'rules-hackbca-2014-rules-web.html',
  'schedule-hackbca-2014-schedule-web.html',
  'notice-killer-robot-research-group.docx',
  'rules-oscomp-2026-tech-plan.pdf',
  'studyplan-nwpu-signals-systems-syllabus.pdf',
  'agenda-mathscon-2017-summit.pdf',
  'camp-learnlove-preschool-daily-schedule.pdf',
  'club-umich-fencing-constitution.pdf',
  'lesson-nmessa-scratch-course-outline.docx',
];

/** The twenty-eighth batch (corpus/README.md "Batch 28"). */
export const HELD_OUT_28 = [
  'club-lcpu-install-party-2025spring.md',
  'lesson-yuna-git-github-jiaoan.md',
  'notice-yuna-club-first-lessons.md',
  'plan-openpixel-open-source-activity.md',
  'club-vtfasa-constitution-web.html',
  'club-waynehills-nhs-chapter-constitution.docx',
  'studygroup-ucdavis-cs-tutoring-handbook.pdf',
  'studyplan-drp-fall2020-elliptic-curves-schedule.docx',
  'agenda-air-naep-intern-training-2023.docx',
  'camp-techladies-bootcamp5-timeline.md',
  'training-51learn-data-mining-course-plan.md',
  'charter-qualitycn-csqs-association.md',
  'lesson-c4c-worlds-hardest-game.txt',
  'rules-xindian-cup-2026-volleyball.txt',
];

/** The twenty-ninth batch (corpus/README.md "Batch 29"). */
export const HELD_OUT_29 = [
  'rules-webapp2018-office-guizhang-zhidu.docx',
  'rules-zhihu-mclub-circle-rules-v6.docx',
  'rules-zhihu-mclub-punishment-v1.docx',
  'agenda-starkville-tech-meetup-2025-08.md',
  'club-ndsu-acm-constitution-web.html',
  'rules-aghackathon-2023-guidelines-web.html',
  'workshop-opsi-ml-detailed-schedule-web.html',
  'agenda-aubrug-2015-01-29.pdf',
  'plan-aprp-paper-review-implementation.pdf',
  'rules-xiaomi-cup-2025-quadruped-delivery.pdf',
  'studygroup-comptag-book-club-howto.md',
  'studygroup-dataethics-organising-reading-group.md',
  'studygroup-sapere-aude-reading-report-rules.md',
  'studygroup-uu-journal-club-schedule.pdf',
];

/** The thirtieth batch (corpus/README.md "Batch 30"). */
export const HELD_OUT_30 = [
  'rules-ustclug-network-services.md',
  'studyplan-ustcsec-infosec-2013-web.html',
  'training-ustclug-linux101-2018-syllabus.pdf',
  'agenda-isc-billwg-marlin-peer-review-2024.docx',
  'charter-psu-weather-datasci-club-constitution.docx',
  'workshop-usfws-r-data-workflow-webinar.pdf',
  'agenda-bnaic2017-groningen-program.docx',
  'schedule-icfp2020-zh-broadcast-duty.md',
  'training-hpujsj510-summer-2023-schedule.md',
  'rules-dworkinlab-graduate-student-expectations.md',
  'rules-mcm-latex-team-conventions.md',
  'scoring-engineering-contest-2023-smart-track.pdf',
];

/** The thirty-first batch (corpus/README.md "Batch 31"). */
export const HELD_OUT_31 = [
  'charter-p2club-club-constitution-v2-1.md',
  'studyplan-teaeggs-dev-work-plan.md',
  'agenda-servir-floodmaps-hub-exchange-2015.docx',
  'club-foothill-cs-constitution.md',
  'club-utaustin-qcc-constitution.pdf',
  'studygroup-combee-r-fall2017.md',
  'studygroup-ubc-r-winter2020-schedule.md',
  'agenda-opendal-beijing-meetup-2024.md',
  'workshop-esp8266-iot-day-agenda.md',
];

/** The thirty-second batch (corpus/README.md "Batch 32"). */
export const HELD_OUT_32 = [
  'agenda-latam-polmeth-meeting-2018.pdf',
  'agenda-snains-crypto-seminar-2017-web.html',
  'camp-futuresavvy-bootcamp-weekends.md',
  'charter-scf-shaoguan-computer-society-organs-web.html',
  'charter-scf-shaoguan-computer-society-scope-web.html',
  'club-801labs-bylaws-web.html',
  'lesson-dongtai-discover-problems.docx',
  'plan-dongtai-freecad-course-design.pdf',
  'rules-hackfest-tn-ctf-rules-web.html',
  'scoring-dongtai-freecad-course-evaluation.pdf',
  'studygroup-chalmers-coq-course-plan.md',
  'studygroup-imars-python-workgroup-agendas.md',
  'studygroup-uwlib-python-walsh-schedule.md',
];

/** The thirty-third batch (corpus/README.md "Batch 33"). */
export const HELD_OUT_33 = [
  'camp-upenn-compneuro-summer-course-2010.pdf',
  'charter-iontu-alumni-association-web.html',
  'charter-szzz-industry-alliance-web.html',
  'lesson-imut-oop-course-standard.docx',
  'lesson-koolearn-kaoyan-english-outline-web.html',
  'lesson-quant-empirics-course-outline.docx',
  'lesson-schwa-grammar-writing-tutoring.md',
  'lesson-tactile-sensing-course-outline.docx',
  'lesson-umijs-cake-platform-course-intro.docx',
  'plan-tfb-deyang-newyear-gala-web.html',
  'rules-trackingcar-contest-rules.docx',
  'studygroup-uoft-combinatorics-reading-group.pdf',
  'studyplan-capwind11-thesis-winter.md',
  'studyplan-jialuhu-2019-summer.md',
  'studyplan-selu-biological-data-analysis-syllabus.pdf',
  'studyplan-ys4uan-2017-summer.md',
  'training-techlift-new-resources-plan.docx',
];

/** The thirty-fourth batch (corpus/README.md "Batch 34"). */
export const HELD_OUT_34 = [
  'club-calpoly-ieee-branch-bylaws.pdf',
  'club-cslug-chico-constitution.txt',
  'club-csusb-cse-constitution-bylaws.pdf',
  'club-jhu-discourse-constitution.docx',
  'club-rug-hdsi-constitution.docx',
  'contest-gndec-hackathon-1-0.md',
  'contest-truman-acm-game-jam-2024.md',
  'lesson-crashspace-git-class-syllabus.txt',
  'plan-sandtower-quant-app-jihua.txt',
  'rules-bufanboy-emc-team-norms.txt',
  'rules-cpp-best-practices-game-jam.md',
  'rules-seu-hackathon-eastchina-2019.md',
  'schedule-seu-hackathon-eastchina-2019-timetable.md',
  'studyplan-hit-bigdata-software-practice-teaching-plan.pdf',
  'studyplan-jlu-numerical-analysis-lab-course-info.pdf',
  'studyplan-vanabel-math-software-syllabus.pdf',
];

/** The thirty-fifth batch (corpus/README.md "Batch 35"). */
export const HELD_OUT_35 = [
  'agenda-iit-bhilai-btech-orientation-2020.pdf',
  'agenda-ims-asa-spring-research-meet-2022.docx',
  'agenda-kaiyuanshe-xiaoyuan-volunteer-meeting.md',
  'agenda-osdt-guangzhou-meetup-2023-07.md',
  'agenda-serverlesscn-shanghai-salon-2019.md',
  'agenda-shlug-ccf-online-meetup-2020-04.md',
  'agenda-uwindsor-css-annual-agenda-2017.pdf',
  'lesson-keller-vessels-sequence-web.html',
  'lesson-teamian-esl-horror-stories-web.html',
  'lesson-teamian-esl-horror-stories.pdf',
  'notice-bitcs-ir2022-group-projects.md',
  'plan-actdong-jingdian-songdu-web.html',
  'plan-slanglab-reu-onboarding.pdf',
  'rules-nicola-class-conduct-plan.pdf',
];

/** The thirty-sixth batch (corpus/README.md "Batch 36"). */
export const HELD_OUT_36 = [
  'contest-thzz-jinengjie-web-design-2021.docx',
  'coop-bakery-pogil-group-roles.md',
  'rules-blueyorange-lesson-expectations.pdf',
  'rules-lordoetl-breakout-room-norms.md',
  'rules-wz51z-duty-week-class.md',
  'scoring-wz51z-class-routine-assessment.md',
  'scoring-wz51z-dorm-housekeeping-discipline.md',
  'training-djtu-toe-rm-training-plan.md',
  'training-xiyou-linux-group-plan.md',
];

/** The thirty-seventh batch (corpus/README.md "Batch 37"). */
export const HELD_OUT_37 = [
  'charter-zhita-association-web.html',
  'club-oops-sdu-fortnightly-party.md',
  'contest-fwwb-a21-ship-fault-qa.txt',
  'contest-smartcar21-ant-moving-task.txt',
  'rules-berkeley-stat215b-project-guidelines.pdf',
  'rules-mit-mlhc-project-guidelines.pdf',
  'rules-tyc-server-mc-rules.txt',
  'rules-wzs-dormitory-manager-duties-web.html',
  'schedule-llmrisks-seminar-team-schedule.md',
  'studygroup-rd-advanced-weekly-sharing.md',
  'studygroup-virtualcoffee-book-club-guide.md',
  'studyplan-guo-sj-daily-learning.md',
  'studyplan-ucr-psyc259-data-science-syllabus.pdf',
  'studyplan-wangshanlu-deeplearning-todo.docx',
  'workshop-3dperception-cuda-2019-schedule.pdf',
];

/** The thirty-eighth batch (corpus/README.md "Batch 38"). */
export const HELD_OUT_38 = [
  'agenda-nairobi-feed-inventory-workshop-2024.docx',
  'camp-psychopy-bootcamp-syllabus.docx',
  'charter-gongshuxinchao-center-web.html',
  'club-cctu-army-cadet-corps-constitution.docx',
  'contest-liuzhou-computer-making-rules-web.html',
  'lesson-lxysl-algorithm-design-lab-guide.pdf',
  'lesson-zzupython-programming-lab-guide-2023fall.pdf',
  'plan-graph-robot-graduation-task-book.pdf',
  'rules-estrella-bigdata-group-management.md',
  'rules-taiheyijia-staff-appraisal-web.html',
  'studyplan-cos498-haskell-syllabus.docx',
  'studyplan-iphysresearch-undergrad-research-training.md',
  'training-haoziqwq-campus-hire-course-schedule.md',
];

/** The thirty-ninth batch (corpus/README.md "Batch 39"). */
export const HELD_OUT_39 = [
  'charter-howtolose-committee-web.html',
  'contest-fcc-jamstack-2018-judging-protocol.md',
  'contest-lljam-0001-low-level-jam.md',
  'lesson-chen12386-clone-stamp-ideology-case.pdf',
  'lesson-liangxh-computational-thinking-outline.md',
  'lesson-neomakers-two-link-robot-kinematics-design.pdf',
  'lesson-pku-oss-development-outline-2022.md',
  'plan-czjtu-teaching-innovation-contest-implementation.docx',
  'rules-360ls-team-rules.md',
  'rules-appwrite-htf24-hackathon.md',
  'rules-codyluo-badminton-match-rules-web.html',
  'schedule-duke-datafest-2026-web.html',
  'studygroup-bu7147-group-project-guidelines.pdf',
  'studyplan-notwlsn-teachyourselfcs.md',
  'studyplan-wsl1991-java-web-learning-plan.md',
  'training-cema-malaria-modelling-course-schedule-web.html',
];

/** The fortieth batch (corpus/README.md "Batch 40"). */
export const HELD_OUT_40 = [
  'agenda-astropile-flatiron-hackweek-2024.md',
  'agenda-cambridge-class-2018-linear-algebra.pdf',
  'charter-dsci522-group5-team-contract.pdf',
  'charter-jinghaimeng-alliance-xianzhang-web.html',
  'club-csclub-dc-uoit-constitution.pdf',
  'contest-gco-golf-season-charter-2026.md',
  'contest-idc2022-robot-rules-en.docx',
  'contest-idc2022-robot-rules-zh.docx',
  'notice-openresty-suzhou-meetup-2016-09.md',
  'rules-ccccltd-management-innovation-measures.txt',
  'rules-cqe-sports-day-three-legged-race-web.html',
  'schedule-cs179-game-development-syllabus.pdf',
  'studygroup-taste-algorithm-convention.md',
  'workshop-scalabridge-workshop-day.md',
];

/** The forty-first batch (corpus/README.md "Batch 41"). */
export const HELD_OUT_41 = [
  'agenda-jeannicod-joint-action-2011-programme.pdf',
  'agenda-lengyuner-freshman-class-meeting.md',
  'charter-ncut-riyushe-club-constitution.md',
  'club-comssa-curtin-constitution-2011.docx',
  'club-cpcb-gsa-constitution.pdf',
  'club-ucsb-csgsa-bylaws-1996.md',
  'rules-comp7270-group-project-guidelines.pdf',
  'rules-ncut-club-activity-work-guide.pdf',
  'rules-progproject-2122-rules-of-the-game.md',
  'rules-xbc-boostclub-group-rules.md',
  'scoring-eds-peer-assessment-rubric.md',
  'studygroup-gawdi-working-in-groups.md',
  'training-bbash-ngs-programme-2024.docx',
  'workshop-dyadic-data-two-day-schedule.docx',
];

/** The forty-second batch (corpus/README.md "Batch 42"). */
export const HELD_OUT_42 = [
  'agenda-paddle-pposdwg-2024-q1.md',
  'camp-simcenter-bootcamp2020-syllabus-web.html',
  'charter-openxpki-foundation-charter.txt',
  'charter-paddle-pposdwg-working-group.md',
  'contest-cmes-embodied-assembly-2026-task.pdf',
  'contest-mrt2024-robot-rulebook.pdf',
  'contest-oedc11-east-maze-car-rules.pdf',
  'lesson-ac4d-idse103-studio-syllabus-web.html',
  'plan-easykitchen-dev-plan.docx',
  'plan-patholog-pathology-consult-dev-plan.docx',
  'plan-tankwar-weekly-progress.docx',
  'rules-vibeathon26-hackathon-rulebook.pdf',
  'rules-windingtree-prague-hackathon-2018.md',
  'schedule-cmu-15316-fall2019-lectures-web.html',
  'workshop-calm-neurips2024-schedule-web.html',
];

/** The forty-third batch (corpus/README.md "Batch 43"). */
export const HELD_OUT_43 = [
  'camp-bingyan-summer-camp-2023-taskbook.md',
  'charter-kcahee-association-web.html',
  'club-lucompsoc-constitution.pdf',
  'contest-moonbit-mgpic-2025-zhangcheng.mdx',
  'contest-zhongkai-block-games-2017-football-5v5-rules.docx',
  'contest-zhongkai-block-games-2017-gomoku-rules.docx',
  'contest-zhongkai-block-games-2017-guandan-rules.docx',
  'contest-zhongkai-block-games-2017-taiji-rules.docx',
  'lesson-bdmi-2020a-teaching-schedule.md',
  'lesson-ncsu-parameterized-algorithms-syllabus-2017.pdf',
  'lesson-qmul-lin7076-syllabus-2025.pdf',
  'lesson-sxmu-physiology-intro-jiaoan-web.html',
  'notice-mile-no1-primary-enrolment-2018-web.html',
  'plan-yiban-shanghai-reform40-theme-activity-web.html',
  'training-apluseng-arduino-syllabus.pdf',
  'training-cs229-learning-camp-schedule.md',
  'workshop-opr-intro-python-syllabus-2015.pdf',
];

/** The forty-fourth batch (corpus/README.md "Batch 44"). */
export const HELD_OUT_44 = [
  'agenda-cinndata-datasci-summer-2024.docx',
  'agenda-hyland-hackathon-2023-schedule.md',
  'agenda-pervasive-urbanism-rc15-2023-24-modules.docx',
  'charter-engr240-team-bylaws.docx',
  'charter-lyon-programming-club-constitution.docx',
  'charter-thuglifeaquatic-group-agreement.md',
  'club-fdu-green-team-constitution-web.html',
  'club-sclark003-code-club-sessions.md',
  'contest-njust-edc-2026-a1-smart-car-task.pdf',
  'lesson-elixir-phoenix-presentation.docx',
  'lesson-llm-application-general-course-outline.pdf',
  'rules-ccsf-physics-club-web.html',
  'rules-robocon-2022-angkor-theme-rules.pdf',
  'rules-utsc-hackathon-2017-web.html',
  'schedule-utsc-hackathon-2017-web.html',
  'studygroup-reading-stacks-book-club.md',
];

/** The forty-fifth batch (corpus/README.md "Batch 45"). */
export const HELD_OUT_45 = [
  'agenda-fcc-chengdu-coding-dojo-1.md',
  'charter-bawdycaste-cast-bylaws.txt',
  'charter-linux-australia-constitution.txt',
  'charter-lvfc-fire-company-bylaws.txt',
  'notice-wnu-winter-study-room-web.html',
  'plan-csc436-re-project-milestones.pdf',
  'rules-cs3398-final-group-project-instructions.pdf',
  'rules-hci-course-project-guidelines.pdf',
  'rules-jchighschool-student-rules-web.html',
  'rules-ssgl-dormitory-management-web.html',
  'rules-ucla-ece-c147-project-guidelines-2022.pdf',
  'workshop-greta-bayesian-course-2024-schedule.md',
  'workshop-idew-cxd-innovation-2021-schedule.md',
  'workshop-rstudio-rmd-canberra-2019-schedule.md',
];

/** The forty-sixth batch (corpus/README.md "Batch 46"). */
export const HELD_OUT_46 = [
  'agenda-galichon-substitutes-paris-2023.docx',
  'agenda-waic-2021-dl-compiler-forum.docx',
  'camp-ebrains-brain-simulation-school-2023.docx',
  'charter-dcszcc-chamber-constitution.pdf',
  'club-ualberta-uais-constitution.pdf',
  'club-ucsd-ds3-constitution.pdf',
  'contest-csu-doudizhu-bot-rules.md',
  'lesson-cyf-fundamentals-lesson3-instructor-notes.md',
  'lesson-hsct-conditionals-lesson-plan.md',
  'lesson-hunter-p5-computer-art-unit-plan.md',
  'lesson-pku-jigai-b-schedule-2016.md',
  'lesson-ucls-programming-humans.md',
  'rules-qianjia-team-discipline.md',
  'studygroup-fangyi-academic-salon-2019.docx',
  'training-nxist-csdiy-feiyue-plan.md',
  'workshop-essir-2022-schedule.docx',
];

/** The forty-seventh batch (corpus/README.md "Batch 47"). */
export const HELD_OUT_47 = [
  'agenda-moodle-devmeeting-2021-08.md',
  'agenda-ndn-hackathon-10th-program-web.html',
  'camp-lidemy-bootcamp-syllabus-web.html',
  'charter-k8s-wg-checkpoint-restore.md',
  'club-msail-constitution-web.html',
  'club-sighpcedu-bylaws-web.html',
  'contest-cumcm2016-sjtu-submission-notes.docx',
  'contest-ndn-hackathon-10th-judging.md',
  'plan-sjtu-focusclock-iteration-plan.docx',
  'plan-zhongkunyu-yunnan-employment-project-plan.docx',
  'rules-cmput401-team-policies-web.html',
  'scoring-yunruowu-web-game-lab-rubric.pdf',
  'studyplan-shanghaitech-cs240-syllabus.pdf',
  'studyplan-tamu-chw-certification-syllabus.pdf',
  'training-awlga-vuejs-two-day-outline.pdf',
];

/** The forty-eighth batch (corpus/README.md "Batch 48"). */
export const HELD_OUT_48 = [
  'agenda-minerva-winter-ai-school-2026.pdf',
  'agenda-qub-ltni-2019-conference-programme.pdf',
  'camp-meizhou-mingmingde-summer-camp-daily-schedule-web.html',
  'charter-design-workshop-team-contract-template.docx',
  'contest-casa-data-hackathon-2024-program.pdf',
  'notice-wszrabbit-taskbook-instructions.txt',
  'plan-cs4323-os-group-project-2024.pdf',
  'plan-wszrabbit-thesis-work-plan.txt',
  'rules-addxun-worldskills-competition-rules-web.html',
  'rules-chengjubei-app-club-agreement-web.html',
  'rules-chengjubei-event-signup-agreement-web.html',
  'rules-kiaa-badminton-rank-rules.md',
  'rules-stat384-final-group-project-guidelines.docx',
  'training-mnuse1802-javaee-schedule.txt',
];

/** The forty-ninth batch (corpus/README.md "Batch 49"). */
export const HELD_OUT_49 = [
  'agenda-hackwashu-2024-schedule.md',
  'camp-atrium-cv-archaeology-school-programme-web.html',
  'camp-jrs-bootcamp-tentative-schedule.md',
  'club-anusa-planning-your-year.md',
  'club-central-ohio-acmw-chapter-bylaws-web.html',
  'club-vt-bgsa-bylaws-web.html',
  'lesson-summerlve-computer-network-lecture-outline.pdf',
  'lesson-tanglw-android-course-intro.pdf',
  'plan-moonroro-attack-graph-project-plan.docx',
  'plan-nju-ap2022-tower-defense-project-stages.pdf',
  'plan-zouxiushow-shop-site-project-plan.docx',
  'schedule-cmu-10605-fall2025-lectures-web.html',
  'studyplan-moonroro-three-week-personal-plan.docx',
  'studyplan-pnwquizzing-study-schedule-2025-26.md',
];

/** The fiftieth batch (corpus/README.md "Batch 50"). */
export const HELD_OUT_50 = [
  'camp-lanshan-summer-survey-system-assessment.md',
  'charter-vintage-hoa-bylaws.docx',
  'contest-qishan-sports-festival-athletics-regulations-web.html',
  'lesson-abhilasha-forms-of-love.docx',
  'lesson-paicl-stm32-arm-practice-course-outline.md',
  'lesson-zangzang-coding-course-syllabus.md',
  'rules-fhr-golf-league-2026.docx',
  'rules-pokemon-metronome-league.docx',
  'rules-wust-undergrad-admission-charter-2016-web.html',
  'schedule-zju-software-engineering-teaching-calendar-web.html',
  'scoring-ucas-ipa-homework-grading-standard.md',
  'studyplan-bates-econ456-thesis-seminar-syllabus.pdf',
  'studyplan-cornell-bee4750-syllabus-fall2023.pdf',
  'studyplan-demographic-methods-reading-course-2020.pdf',
];

/** The fifty-first batch (corpus/README.md "Batch 51"). */
export const HELD_OUT_51 = [
  'club-cnu-acm-chapter-bylaws.txt',
  'club-franciscan-cs-club-constitution.txt',
  'club-jsrlug-reynolds-lug-constitution.txt',
  'lesson-bupt-network-lab2-ip-tcp-capture-guide.pdf',
  'lesson-os-course-design-simulated-os-guide.pdf',
  'plan-arroblog-dev-work-plan.txt',
  'plan-byxl-campus-network-course-design-task-book.pdf',
  'plan-flowynote-team-work-plan.docx',
  'plan-zhbr481-gaokao-team-work-plan.docx',
  'schedule-3dor2021-workshop-programme-web.html',
  'schedule-bioc2018-conference-schedule-web.html',
  'schedule-bsidesjax2019-three-track-schedule-web.html',
  'training-goloneliness-web-interest-class.txt',
];

/** The fifty-second batch (corpus/README.md "Batch 52"). */
export const HELD_OUT_52 = [
  'camp-bytedance-youth-training-schedule.md',
  'camp-cs231n-training-camp-weekly.md',
  'charter-cuboulder-csgsa-bylaws.md',
  'contest-utras-robotathon-rules-scoring.md',
  'lesson-camacho-freesurfer-reconall-syllabus.docx',
  'lesson-mun-biol3295-syllabus.docx',
  'lesson-xuewen-intro-sociology-syllabus.docx',
  'notice-sjtug-summer-class-2018.md',
  'rules-texaslan-lan-code-of-conduct.md',
  'schedule-unr-nres710-fall2024.docx',
  'studyplan-coconut-senior-summer-plan-web.html',
  'studyplan-coconut-week-20230710-plan-web.html',
  'training-coconut-gym-plan-web.html',
];

/** The fifty-third batch (corpus/README.md "Batch 53"). */
export const HELD_OUT_53 = [
  'charter-lpc-ambassador-club-constitution.pdf',
  'club-ufosc-meeting-procedures.md',
  'contest-4c-2026-bigdata-agent-task.pdf',
  'contest-hacknehs-judging-period-and-criteria.pdf',
  'coop-fac-learning-circles.md',
  'lesson-cuboulder-aural-skills-cycle1-web.html',
  'plan-ucas-jianshou-volunteer-manual.md',
  'rules-accenture-genai-hackathon.pdf',
  'rules-amuhacks-3-0-hackathon-guidelines.pdf',
  'rules-puzzlethon-mcr2-hackathon.docx',
  'studygroup-mozsci-session-formats.html',
  'studyplan-carleton-historical-game-studies-readings.md',
  'studyplan-libatique-grek102-s21-schedule.md',
  'studyplan-miami-atm651-2020-calendar.md',
  'studyplan-rit-igme320-2017-readings.md',
];

/** The fifty-fourth batch (corpus/README.md "Batch 54"). */
export const HELD_OUT_54 = [
  'contest-beijing-alumni-cup-football-regulations-web.html',
  'contest-yuanding-mba-cage-football-league-web.html',
  'lesson-cryingnow-hdr-teaching-practice-jiaoan.md',
  'lesson-evcontrol-pyside6-host-software-jiaoan.md',
  'lesson-qayzzxd-coulomb-law-jiaoxuesheji.docx',
  'plan-binj-house-system-proposal.md',
  'plan-utd-cs4341-team-project-2017.pdf',
  'plan-uwmadison-cs524-project-guidelines-2021.pdf',
  'rules-mlc-read-every-day-summer-reading-web.html',
  'rules-msacad-discipline-policy-web.html',
  'rules-utaustin-ee460m-lab-policies.pdf',
  'rules-zstu-acm-training-team-regulations-2025-03.md',
  'rules-zstu-acm-training-team-regulations-2025-10.md',
  'scoring-yulife-toastmasters-rewards-proposal.md',
];

/** The fifty-fifth batch (corpus/README.md "Batch 55"). */
export const HELD_OUT_55 = [
  'agenda-shanyuan-venture-market-web.html',
  'agenda-stjohnshk-master-tutors-meeting-46.docx',
  'camp-uwb-vr-curriculum-2019.docx',
  'club-codecadets-term-plan-2018.md',
  'club-codeclub-paint-box-volunteer-notes-web.html',
  'club-tqheel-webelos-den-meeting-2022-01-05.md',
  'contest-shanyuan-shanhe-youth-venture-web.html',
  'lesson-moelis-stormwater-lesson-plan.pdf',
  'plan-jianqi-frugality-lecture-content-plan.md',
  'plan-jianqi-frugality-project-overall-plan.md',
  'plan-n4a-social-practice-site-plan.md',
  'plan-shanyuan-groundbreaking-ceremony-web.html',
  'training-rothamsted-boundary-line-course-schedule.docx',
  'workshop-aznm-afs-fisheries-models-r-2023.docx',
  'workshop-botany2021-genome-assembly-schedule.docx',
];

/** The fifty-sixth batch (corpus/README.md "Batch 56"). */
export const HELD_OUT_56 = [
  'charter-alihusseiin-pm-team-charter.docx',
  'charter-bc-firerisk-team1-charter.docx',
  'charter-gado-pm-course-team-charter.docx',
  'club-acu-acm-chapter-bylaws-web.html',
  'club-auburn-dressage-constitution-bylaws-web.html',
  'club-cmu-auo-orchestra-constitution-web.html',
  'contest-chengdu-open-data-innovation-plan-web.html',
  'studyplan-dostdar-set-topology-mat303-outline.pdf',
  'studyplan-stanford-polisci110d-war-and-peace-syllabus.pdf',
  'studyplan-wustl-psych333-independent-study-syllabus.pdf',
  'studyplan-yale-mgt816-private-firm-cfo-syllabus.pdf',
  'training-gpumd-online-course-1st.md',
  'training-gpumd-thermal-transport-course-2nd.docx',
];

/** The fifty-seventh batch (corpus/README.md "Batch 57"). */
export const HELD_OUT_57 = [
  'agenda-keystonedh-2024-schedule-web.html',
  'agenda-messdiv-sdiv-working-group-2018-web.html',
  'lesson-meet-microbit-macau-class-plan.docx',
  'plan-jlu-prim-language-project-plan.pdf',
  'rules-dobrinen-classroom-expectations.pdf',
  'rules-faithandfamily-elc-parent-handbook.pdf',
  'studygroup-dfava-pl-reading-club.md',
  'studygroup-schlosslab-lab-meeting-schedule.md',
  'studyplan-automated-planning-course-syllabus.pdf',
  'training-hdu-vpteam-lab-training-plan.pdf',
  'training-okcoders-bootcamp-syllabus.md',
  'workshop-ecostress-cloud-2022-schedule-web.html',
];

/** The fifty-eighth batch (corpus/README.md "Batch 58"). */
export const HELD_OUT_58 = [
  'agenda-hdruk-manchester-immersion-days-2021.docx',
  'camp-earthworker-germany-education-summer-camp-web.html',
  'camp-earthworker-waterski-summer-camp-web.html',
  'charter-gatech-coc-student-council-bylaws.pdf',
  'club-amacss-utsc-constitution.pdf',
  'club-dragdrop-wsu-constitution.pdf',
  'lesson-czjun-gamma-correction-lab-guide.md',
  'lesson-czjun-histogram-equalization-lab-guide.md',
  'lesson-spark-traffic-course-design-task.md',
  'lesson-webdev-ecommerce-lab-guide.md',
  'notice-chd-shaanxi-icpc-2016-web.html',
  'plan-clermont-crew-work-plan.docx',
  'rules-starkhacks-code-of-conduct.pdf',
  'workshop-dnnworkshop3-deep-learning-agenda.docx',
  'workshop-macnm-alumni-computational-workshop.docx',
];

/** The fifty-ninth batch (corpus/README.md "Batch 59"). */
export const HELD_OUT_59 = [
  'agenda-grizzhacks-4-schedule.pdf',
  'agenda-hk-neutron-forum-2025-program.pdf',
  'club-dut-ganlu-tutoring-fundraiser-plan.docx',
  'notice-ds-242-comprehensive-lab-arrangement.docx',
  'plan-csci3033-group-project-phases.md',
  'plan-cse360-help-system-phase-one.md',
  'plan-shandong-employment-progress-plan.docx',
  'plan-ycp-cs320-individual-project-milestones.md',
  'rules-cmu15815-grading-policies.md',
  'schedule-luomq7-android-permission-project-progress.docx',
  'studygroup-bair-climate-reading-group-web.html',
  'studygroup-neurosym-reading-group-web.html',
  'studygroup-plait-lab-reading-group-web.html',
  'workshop-featurecloud-ismb2022-federated-learning-agenda.pdf',
];

/** The sixtieth batch (corpus/README.md "Batch 60"). */
export const HELD_OUT_60 = [
  'club-jincheng-league-organization-dept-web.html',
  'contest-nysfl-state-championship-awards.pdf',
  'contest-nysfl-tournament-handbook-2023.md',
  'lesson-mka-mouse-movement-lab.pdf',
  'lesson-mka-p5play-games-unit-plan.md',
  'lesson-stevesolo-unix-linux-navigation.pdf',
  'plan-denolle-lab-onboarding.md',
  'plan-tsinghua-mem-orientation-logic-model.docx',
  'rules-hexi98-campus114-department-duties-web.html',
  'rules-tsinghua-mem-class-charter-amendments.docx',
  'scoring-nsfz202317-weekly-problem-rules.md',
  'training-xupt-mobile-lab-plan.md',
  'training-xupt-thoughtcoding-lab-plan.md',
];

/** The sixty-first batch (corpus/README.md "Batch 61"). */
export const HELD_OUT_61 = [
  'agenda-faithfundamentals-sunday-order.md',
  'agenda-hust-openatom-os-camp-talk-series.md',
  'club-14thgalway-cubs-week3-meeting-web.html',
  'club-14thgalway-cubs-week5-meeting.md',
  'lesson-faithfundamentals-class-introduction.docx',
  'rules-hmstrange-project-group-norms.md',
  'rules-lasoplanet-leetcode-daily-problem.md',
  'rules-stroud-masters-swimming-members-rules-2025.pdf',
  'scoring-hhxc-points-levels-web.html',
  'studygroup-datawhale-ai-earth-tasks.md',
  'studygroup-datawhale-math-foundations.md',
  'training-depappas-field-hockey-training-plan.pdf',
  'training-joewils-lacrosse-practice-plan-2014-03-31.md',
  'training-oheart-node-eight-day-outline.txt',
  'training-sufarther-linux-course-outline.txt',
];

/** The sixty-second batch (corpus/README.md "Batch 62"). */
export const HELD_OUT_62 = [
  'agenda-codemash2015-sc-precompiler.txt',
  'agenda-cssuob-agm-2024.pdf',
  'agenda-goldenhills-business-meeting-2020.pdf',
  'agenda-ppss-physics-committee-2016-04.pdf',
  'charter-gamingfederation-discord-constitution.txt',
  'club-cygnomatic-vision-group-recruitment.md',
  'club-nwpu-dev-community-recruitment-2021.pdf',
  'contest-r00t-freshman-ctf-2020.md',
  'lesson-dadkhah-python-2017-syllabus.txt',
  'notice-no2id-agm-2007.pdf',
  'schedule-xiaoxiang-cnc-programming-13dazhuanban.pdf',
  'schedule-xiaoxiang-cnc-programming-15zhongshuban.pdf',
  'studyplan-yy0123i-internship-plan.docx',
  'studyplan-yy406961-frontend-learning-plan.docx',
  'training-okmich-hadoop-course-schedule.txt',
  'workshop-scale13x-yocto-course-outline.txt',
];

/** The sixty-third batch (corpus/README.md "Batch 63"). */
export const HELD_OUT_63 = [
  'camp-okmelon-dexter-summer-day-camp-2015-web.html',
  'charter-jbn-childrens-home-founding-purpose-web.html',
  'lesson-herald-6cs012-ai-ml-module-handbook-2026.pdf',
  'lesson-nchu-algorithms-course-outline-2024.pdf',
  'lesson-strathmore-sta8405-stochastic-processes-outline.pdf',
  'notice-yueyang9-meide-shaonian-selection-web.html',
  'plan-cncf-lfx-mentorship-2026-term1.md',
  'rules-cleancoders-meetup.md',
  'rules-jbn-childrens-home-volunteer-duties-web.html',
  'scoring-henley-coding-club-badges.md',
  'scoring-skhkeioi-cyc-merit-award-web.html',
  'studygroup-deep-learners-nyc-2016.md',
  'studygroup-vienna-fastai-pytorch-2019.md',
  'training-uct-ngs-academy-sars-cov-2-course-outline-2021.pdf',
];

/** The sixty-fourth batch (corpus/README.md "Batch 64"). */
export const HELD_OUT_64 = [
  'charter-polatengin-team-working-agreement.md',
  'club-xinyi777-keyanbu-cpp-lecture-plan.docx',
  'contest-frescomelodie-music-competition-charter.docx',
  'contest-pku-infomgmt-fun-basketball-web.html',
  'contest-shinan-quanmin-fashion-show-2021-web.html',
  'lesson-makerere-migadde-s2-chemistry-scheme-of-work-term3.pdf',
  'plan-capi-v1-3-release-timeline.md',
  'plan-coderdojo-ennis-dyslexia-scratch-weekly-plan.docx',
  'plan-nihaohello-dachuang-scanner-project-application.docx',
  'plan-oscarbobe-sanxiaxiang-drone-project-application.docx',
  'plan-smartllv-sa-course-iterations.md',
  'training-roicomsat-ict-web-frontend-scheme-of-work-2023.pdf',
];

/** The sixty-fifth batch (corpus/README.md "Batch 65"), labelled before any run and held out until its first run. */
export const HELD_OUT_65 = [
  'contest-hacktx-2022-hacker-handbook.pdf',
  'lesson-datasci-intro-lab-outline-2023.pdf',
  'lesson-jellier-scratch-summer-2019-teaching-plan.md',
  'lesson-tccd-si-cosc1436-session-01.md',
  'lesson-tccd-si-cosc1436-session-02.md',
  'lesson-web-systems-tech-syllabus-web.html',
  'notice-goshinh-grade4-it-board-2020-term1-web.html',
  'notice-goshinh-grade5-it-board-2021-term2-web.html',
  'rules-mlh-standard-hackathon-rules.md',
  'rules-scriptercf-roblox-game-jam.md',
  'schedule-zju-sre-requirements-interview-arrangement-2018.pdf',
  'studygroup-redi-coach-guide.md',
  'studygroup-redi-coaching-session.md',
  'studygroup-redi-peer-to-peer-session.md',
];

/** The sixty-sixth batch (corpus/README.md "Batch 66"), labelled before any run and held out until its first run. */
export const HELD_OUT_66 = [
  'agenda-bitnp-first-ministers-meeting-2018.md',
  'lesson-crime-la-project-lab-session-plan.docx',
  'lesson-dpfm-listening-playground.pdf',
  'plan-bitnp-tech-lecture-series.md',
  'rules-bitnp-group-chat-code.md',
  'rules-frc2984-team-handbook.md',
  'rules-frc695-bison-robotics-handbook.md',
  'rules-skule-cannon-editor-manual.md',
  'rules-team8bit-frc-team-handbook.pdf',
  'training-ccdl-bulk-rnaseq-repro-workshop-2024-08.md',
  'training-ccdl-chop-git-code-review-workshop-2023.md',
  'training-ccdl-treehouse-repro-workshop-2025.md',
  'workshop-mozsci-curriculum-design-plan.md',
  'workshop-ucl-narrating-fair-session-plan.md',
];

/** The sixty-seventh batch (corpus/README.md "Batch 67"), labelled before any run and held out until its first run. */
export const HELD_OUT_67 = [
  'charter-dentistimo-team16-agreement.md',
  'charter-iwu-interlink-team-contract.md',
  'charter-ntnusa-student-association-constitution-web.html',
  'charter-partycross-team-agreement.docx',
  'contest-charleston-hackathon-2019-judging-rubric.docx',
  'contest-jacobshack-2019-judging-criteria.pdf',
  'lesson-chengsiyang-python-ml-teaching-outline.txt',
  'plan-waow-kite-festival-activity-web.html',
  'rules-waow-vip-handbook-web.html',
  'scoring-cogs18-project-grading-rubric.pdf',
  'scoring-geog215-group-presentation-rubric.md',
  'scoring-psyc5117-final-presentation-rubric.pdf',
  'scoring-stat6021-peer-evaluation-rubric.pdf',
  'studyplan-richardhaofang-job-switch-review.txt',
  'training-soulsheng-cuda-practice-plan.txt',
];

/** The sixty-eighth batch (corpus/README.md "Batch 68"), labelled before any run and held out until its first run. */
export const HELD_OUT_68 = [
  'agenda-force11-scwg-wg4-call-2018-01-22.md',
  'agenda-hannoverjs-meetup-structure.md',
  'agenda-uc-code-camp-2014.md',
  'charter-corvallis-troop1-friends-bylaws.pdf',
  'charter-miller-middle-student-body-constitution.pdf',
  'club-middleton-magnet-esports-constitution.pdf',
  'contest-xkfly-robot-course-design-requirements.docx',
  'plan-tcu-mysql-course-design-task-book.docx',
  'plan-webahead-build-sprint-schedule.md',
  'plan-yzdakun-ds-course-design-project-plan.docx',
  'rules-eeb313-team-hot-dawg-conduct.md',
  'rules-middleton-magnet-esports-rules.pdf',
  'rules-phonglan-class-8a2-group-rules.md',
  'rules-troop370-positions-of-leadership.pdf',
  'training-rcore-r4l-driver-course-plan.md',
];

/** The sixty-ninth batch (corpus/README.md "Batch 69"), labelled before any run and held out until its first run. */
export const HELD_OUT_69 = [
  'agenda-hackathonweekly-organizer-handbook.md',
  'charter-pittsburgh-chess-club-bylaws-2020.docx',
  'contest-oedc13-physical-track-regional-rules.pdf',
  'plan-aosc-ospp-2022-mentoring-workplan.md',
  'plan-ayso55-all-star-program-fall-2013.pdf',
  'plan-constructor-viscomm-project-milestones-web.html',
  'plan-duke-sta199-f22-project-description-web.html',
  'plan-hackathonweekly-mc-sop.md',
  'plan-utm-csc413-final-project-guidelines-web.html',
  'rules-abdn-jc3012-assessment-brief.pdf',
  'rules-ayso55-extra-program-selection-process.pdf',
  'scoring-abdn-jc3012-marking-scheme.pdf',
];

/** The seventieth batch (corpus/README.md "Batch 70"), labelled before any run and held out until its first run. */
export const HELD_OUT_70 = [
  'charter-burnaby-rugby-declaration-objective.md',
  'charter-uavaustin-team-constitution.md',
  'charter-ucsd-sums-constitution-2018.md',
  'contest-hubei-chuangyi-zhizao-onsite-themes.docx',
  'contest-ncet-chuangyi-zhizao-national-task-2025.pdf',
  'lesson-cultivatingcoders-web-dev-weekly-syllabus.docx',
  'notice-hust-unique-studio-recruit-2025.md',
  'notice-jlumath-society-naxin-2023-web.html',
  'notice-tj4zsu-student-union-naxin-web.html',
  'plan-ncet-digital-literacy-activity-2026-guide.pdf',
  'rules-burnaby-rugby-bylaws-meetings.md',
  'rules-jackivan88-world-studies-expectations.docx',
  'rules-tj4zsu-student-union-zhidu-web.html',
  'schedule-giw-apcsa-semester1-2019.pdf',
  'studygroup-zhenye-riemannian-geometry-summer-2024.pdf',
];

/** The seventy-first batch (corpus/README.md "Batch 71"), labelled before any run and held out until its first run. */
export const HELD_OUT_71 = [
  'agenda-iupware-alumni-event-2018-cuenca.pdf',
  'lesson-p5js-intro-coding-course-outline.pdf',
  'notice-mathbase-dse-homework-2019.docx',
  'rules-guqj-se-group-project-requirements.docx',
  'rules-ncst-logistics-card-procedures-web.htm',
  'rules-ncst-logistics-service-guide-web.htm',
  'rules-phtask-training-materials-weekly.md',
  'rules-xidian-youcai-overseas-visit-xize.docx',
  'schedule-uci-polmeth-2020-2021-web.html',
  'schedule-xidian-harvard-visit-itinerary.docx',
  'studygroup-lxdao-english-colearning.md',
  'training-newbie-android-bsp-rules.txt',
  'workshop-eabiogenome-bioinformatics-practical-2025.pdf',
  'workshop-peer-spatial-genomics-r-2020-programme.pdf',
];

/** The seventy-second batch (corpus/README.md "Batch 72"), labelled before any run and held out until its first run. */
export const HELD_OUT_72 = [
  'agenda-aotearoa-global-azure-bootcamp-2019.md',
  'agenda-ddd-moore-early-career-hawaii-2017.md',
  'agenda-monctonug-hack-night-1.md',
  'lesson-cumc-data-savvy-psychiatrist-syllabus.docx',
  'lesson-psyc4900u-ai-for-psychologists-outline.docx',
  'rules-cuirc-visual-confrontation-a-contest.pdf',
  'rules-daimi-studio-rules-web.html',
  'rules-ustc-bj-soccer-team-rules-web.html',
  'rules-xianlianhui-member-code-web.html',
  'rules-zjrobot-2025-innovation-robot-contest.pdf',
  'rules-zju-underwater-robot-contest-2024.pdf',
  'schedule-udec-tmb-course-2022-syllabus.docx',
  'studygroup-wellesley-cs-reading-group.md',
];

/** The seventy-third batch (corpus/README.md "Batch 73"), labelled before any run and held out until its first run. */
export const HELD_OUT_73 = [
  'agenda-branch-basecamp-2022.docx',
  'agenda-mamed-2016-villefranche-schedule.pdf',
  'agenda-psu-quant-methods-committee-web.html',
  'agenda-wig-ds-team-onsite-2023-web.html',
  'charter-random-hall-mit-bylaws-web.html',
  'club-stevens-slug-constitution.pdf',
  'contest-nerc-2024-contestant-handbook.pdf',
  'lesson-drmack-game-design-course-outline.docx',
  'lesson-jahanzaib-scratch-12-week-curriculum.docx',
  'lesson-juniorworld-online-media-analytics-outline.docx',
  'lesson-kmutt-population-ecology-schedule-2022-web.html',
  'schedule-ccny-csc217-probstats-syllabus-2019.pdf',
  'studygroup-datawhale-cv-image-processing.md',
  'studygroup-datawhale-food-voice-recognition.md',
  'training-daixll-cspj-30day-summer.md',
];

/** The seventy-fourth batch (corpus/README.md "Batch 74"), labelled before any run and held out until its first run. */
export const HELD_OUT_74 = [
  'agenda-openeuler-community-weekly-meeting.md',
  'lesson-khanbigon-database-web-app-lab17-18.docx',
  'plan-fbmentorship-program-timeline.md',
  'plan-kaiyuanshe-weekly-meeting-host-sop.md',
  'plan-lfx-mentorship-sample-timelines.md',
  'plan-lnyang-cloud-computing-course-design-task-book.docx',
  'plan-ustc-deep-learning-project-requirements.docx',
  'plan-whu-data-structures-project-requirements.docx',
  'rules-1402-slg-alliance-basic-law-web.html',
  'rules-1402-slg-alliance-land-law-web.html',
  'rules-1402-slg-alliance-rules-overview-web.html',
  'rules-bjnxy-asset-handover-xize-web.html',
  'rules-chenlong-pingpong-team-formats-web.html',
  'schedule-mres-biol63101-timetable.pdf',
  'studyplan-kaiyuanshe-coder-onboarding-outline.md',
  'training-ync-hacks-leetcode-schedule.docx',
  'workshop-bsgallih-r-workshop-2023-schedule.docx',
  'workshop-limandrew-algo-opt-ai-winter-2021.docx',
];

/** The seventy-fifth batch (corpus/README.md "Batch 75"), labelled before any run and held out until its first run. */
export const HELD_OUT_75 = [
  'agenda-ukds-lfs-aps-workshop-2022.docx',
  'camp-ssi-metabolomics-summer-school-2023.pdf',
  'charter-ubrc-riding-club-constitution.pdf',
  'club-emfcamp-volunteer-handbook.pdf',
  'lesson-cph426-copenhagen-summer2019-schedule-web.html',
  'lesson-sjtu-cs2916-llm-schedule-web.html',
  'plan-texmall-work-plan.docx',
  'plan-zhilela-dev-tech-plan.docx',
  'schedule-itis4010-identity-mgmt-fall2024.docx',
  'training-computerization-frontend-training-web.html',
  'workshop-harmonyhome-destress-anxiety-group-en.md',
  'workshop-harmonyhome-destress-anxiety-group-zh.md',
  'workshop-harmonyhome-preschool-cognitive-social-zh.md',
  'workshop-harmonyhome-school-age-social-emotional-zh.md',
  'workshop-harmonyhome-women-growth-group-zh.md',
  'workshop-ishe2023-bayes-sampler-schedule.docx',
];

/** The seventy-sixth batch (corpus/README.md "Batch 76"), labelled before any run and held out until its first run. */
export const HELD_OUT_76 = [
  'agenda-codereadingclub-session1-starter-kit.md',
  'camp-tuskegee-data6-coding-bootcamp-web.html',
  'contest-imagine-cup-2025-official-rules.pdf',
  'contest-whu-icpc-invitational-2009-intro-web.html',
  'contest-wso-2022-run-it-code-it-b.md',
  'lesson-hearthewind-data-science-lab7-guide.pdf',
  'lesson-lacobra-language-brain-course-plan.docx',
  'lesson-rex-python-data-analysis-project-guide.docx',
  'notice-fmxue-se-camp-project-requirements.docx',
  'notice-plzs-newbie-class.md',
  'notice-plzs-noi-junior-class.md',
  'notice-renjw02-android-campus-app-project.pdf',
  'notice-yxwqx-dormitory-system-practice-tasks.pdf',
  'rules-whu-icpc-invitational-2009-contest-rules-web.html',
  'schedule-pku-science-writing-syllabus-2024.pdf',
  'studyplan-shanghaitech-cs270-syllabus.pdf',
  'studyplan-tiandooo-summer-learning-plan-2023.pdf',
  'training-learningos-os-camp-2023-autumn-stage1.md',
];

/** The seventy-seventh batch (corpus/README.md "Batch 77"), labelled before any run and held out until its first run. */
export const HELD_OUT_77 = [
  'camp-cusap-summer-stem-2020-syllabus.pdf',
  'charter-tlls-taiwan-languages-society-bylaws.pdf',
  'club-cucats-constitution-2025.pdf',
  'contest-ioltw-scifair-2024-jianzhang.pdf',
  'contest-scu-aiclub-mengjia-esg-proposal-2026.pdf',
  'notice-smeesa-club-recruit-training.md',
  'rules-datawhale-p2s-team-learning-rules.md',
  'rules-urbanpromise-trenton-volunteer-handbook.pdf',
  'schedule-datawhale-p2s-course-talks-web.html',
  'studygroup-techbook-beyond-xss-dushuhui.md',
  'studyplan-cmu-16745-optimal-control-syllabus-2025.pdf',
  'studyplan-stanford-aa236b-spacecraft-lab-syllabus-2019.pdf',
  'studyplan-toothbrushb-intro-java-syllabus.docx',
];

/** The seventy-eighth batch (corpus/README.md "Batch 78"), labelled before any run and held out until its first run. */
export const HELD_OUT_78 = [
  'club-ntudevsoc-quarantine-game-jam-2020-event-plan.docx',
  'notice-600149cyr-frontend-group-project-requirements.docx',
  'notice-alanatuc-hci-group-project-guidelines.docx',
  'notice-archelder-dip-group-homework-requirements.pdf',
  'notice-softdrope-deep-generative-models-course-project.pdf',
  'plan-andrew-pei-deepfake-detection-experiments.docx',
  'rules-binarydisruption-hackathon-2018.docx',
  'rules-ice2607-lab-homework-requirements.pdf',
  'schedule-ckc-linear-algebra-tutoring-2024-web.html',
  'schedule-ckc-physics-tutoring-sessions-web.html',
  'scoring-wbx-zju-physics-lab-course-web.html',
  'studygroup-ddls-journal-club-1-instructions.md',
  'studygroup-gumethods-journal-club-web.html',
  'studygroup-mars-systems-reading-group-web.html',
  'studygroup-mld-journal-club-fall2011-web.html',
];

/** The seventy-ninth batch (corpus/README.md "Batch 79"), labelled before any run and held out until its first run. */
export const HELD_OUT_79 = [
  'charter-npu-apartment-project-charter.docx',
  'club-techhounds-mentoring-information.pdf',
  'contest-307conf-ctf-rules.md',
  'contest-techhounds-triple-tennis-trouble-manual.pdf',
  'plan-kingrng-blog-dev-plan.docx',
  'plan-nyzml-student-info-implementation.docx',
  'rules-fullcirclethrift-volunteer-handbook.pdf',
  'rules-germanrepro-coc-enforcement.md',
  'rules-plismun-2019-delegate-handbook.pdf',
  'studygroup-carpentries-ldsg-introduction.md',
  'studyplan-nikefd-april-plan.md',
  'studyplan-nikefd-march-plan.md',
  'studyplan-szlevinli-algorithm-weekly-plan.md',
  'workshop-fchastanet-coding-dojo-facilitator-guide.md',
];

/** The eightieth batch (corpus/README.md "Batch 80"), labelled before any run and held out until its first run. */
export const HELD_OUT_80 = [
  'camp-willston-bootcamp-objectives-web.html',
  'charter-obdocs-astronomy-club-rules.md',
  'charter-safewind-club-charter.md',
  'club-lhs-senate-constitution-web.html',
  'lesson-fang1991-voyant-reading-lesson.docx',
  'lesson-learntodecode-esl-directions-two-lessons.md',
  'lesson-learntodecode-esl-health-three-lessons.md',
  'notice-gatech-cs4641-course-project-web.html',
  'rules-numl-debate-competition-rules-web.html',
  'rules-numl-hackathon-2024-rules-web.html',
  'rules-obdocs-activity-application.md',
  'rules-teclab-club-management.md',
  'training-teclab-newcomer-plan.md',
];

/** The eighty-first batch (corpus/README.md "Batch 81"), labelled before any run and held out until its first run. */
export const HELD_OUT_81 = [
  'camp-internlm-camp2-course-plan.md',
  'contest-cas-meeting-data-challenge-participant-guide.pdf',
  'lesson-hit-zebrafish-image-lab-guide.docx',
  'lesson-nnu-pybayesian-course-about-web.html',
  'lesson-shnu-discrete-math-syllabus-web.html',
  'notice-cosname-china-r-2014-shanghai-web.html',
  'notice-uoft-csc311-fall2024-final-project.pdf',
  'notice-yorku-cssd1101-brca1-group-project.pdf',
  'plan-weizhang-egov-coursework-requirements.pdf',
  'rules-rascal-cv-second-assignment.pdf',
  'schedule-shd-india-2024-hack-day-web.html',
  'studygroup-lxdao-defi-colearning.md',
  'studygroup-qcl-design-patterns-reading-club.md',
  'studygroup-r4ds-dsieur-bookclub-schedule.md',
  'studyplan-weizhang-egov-syllabus.docx',
  'workshop-aims-airaware-2025-programme.pdf',
];

/** The eighty-second batch (corpus/README.md "Batch 82"), labelled before any run and held out until its first run. */
export const HELD_OUT_82 = [
  'agenda-cascadia-rconf-2017-web.html',
  'agenda-piclub-pico-meeting-2023-09-03.docx',
  'camp-hackclub-2016-session3-schedule.md',
  'charter-shuosc-open-source-community-general-rule.md',
  'club-seu-linux-club-recruitment.md',
  'contest-cscc-dbms-2023-tech-plan.pdf',
  'lesson-crash-r-course-lesson-plan.docx',
  'notice-uclan-co2403-ar-group-assignment.docx',
  'rules-cumcm-2024-participation-rules.pdf',
  'schedule-tacc-codeathon-2023-web.html',
  'studyplan-sztu-python-course-syllabus.pdf',
  'training-osca-2025-cultivation-plan-web.html',
  'training-west2-online-ai-assessment-guide.md',
  'workshop-arua-microbiome-2025-agenda.md',
  'workshop-stringfest-python-excel-copilot-agenda.docx',
];

/** The eighty-third batch (corpus/README.md "Batch 83"), labelled before any run and held out until its first run. */
export const HELD_OUT_83 = [
  'agenda-pssl109-leiden-program-web.html',
  'lesson-christwei-java-course-outline.docx',
  'lesson-nolletti-input-output-machine.pdf',
  'plan-hnu-advanced-database-course-design-requirements.docx',
  'plan-laughlin-3308-team-project-milestones.pdf',
  'rules-chenggroup-how-to-organise-training.md',
  'rules-chenggroup-project-file-archiving.md',
  'rules-osdc-osdhack-2026-participant-rulebook.pdf',
  'schedule-smith-sds136-dataviz-fall2017-web.html',
  'studygroup-uchicago-plrg-reading-group-web.html',
  'studyplan-chenggroup-newcomer-guide.md',
  'training-stair-bupt-research-training-plan.docx',
];

/** The eighty-fourth batch (corpus/README.md "Batch 84"), labelled before any run and held out until its first run. */
export const HELD_OUT_84 = [
  'camp-vox-beijing-space-winter-camp-2016-web.html',
  'charter-gophergraphics-club-constitution.pdf',
  'contest-gccj-china-2005-rules-web.html',
  'lesson-pykidz-python-lesson-plan.pdf',
  'plan-astk007-campus-second-hand-market-project-plan.docx',
  'plan-snu-swpp2018-project-sprints.md',
  'plan-tyjrun-medication-assistant-project-plan.docx',
  'plan-wjx871-population-db-project-plan.docx',
  'rules-cm4021-iphone-games-coursework-brief.docx',
  'rules-ustclug-whitehat-2015-contest-web.html',
  'studygroup-vu-linked-data-working-group-fall2018.md',
  'studyplan-ucf-lit3313h-science-fiction-syllabus.md',
];

/** The eighty-fifth batch (corpus/README.md "Batch 85"), labelled before any run and held out until its first run. */
export const HELD_OUT_85 = [
  'contest-pal2sim-2026-competition-rulebook.pdf',
  'contest-wiehack-2020-rulebook.pdf',
  'lesson-buaa-rsa-aes-encrypted-transfer-lab-guide.docx',
  'lesson-robot-mechanism-parallel-robot-lab-guide.docx',
  'lesson-sdut-algorithm-course-design-requirements.docx',
  'schedule-au-nlptad-f24-course-schedule-web.html',
  'schedule-cema-mrc-hackathon-program-web.html',
  'schedule-epiverse-trace-summit-2024-programme-web.html',
  'schedule-xidian-reading-group-timeline.md',
  'studygroup-datawhale-team-learning-10th-pytorch.md',
  'studygroup-datawhale-team-learning-17th-risk-control.md',
  'studygroup-xidian-reading-group-open-topic-plan.md',
  'workshop-bayesai-lancaster-2024-programme.pdf',
];

/** The eighty-sixth batch (corpus/README.md "Batch 86"), labelled before any run and held out until its first run. */
export const HELD_OUT_86 = [
  'camp-columbia-ma-math-camp-2021-syllabus.pdf',
  'contest-ccfsys-ccc-2023-customized-computing-challenge-web.html',
  'lesson-alexapi-raspberry-pi-echo.docx',
  'lesson-chrisdaaz-static-web-scholcomm.docx',
  'lesson-pomona-econ167-econometrics-syllabus.pdf',
  'lesson-ra-coding-club-week1-web-basics.md',
  'notice-sxyz-club-assessment-2018-web.html',
  'notice-sxyz-first-class-meeting-moral-lecture-2019-web.html',
  'plan-jxyang-gnn-ner-internship-plan.pdf',
  'rules-ccfsys-ccc-2023-participant-info-web.html',
  'schedule-sxyz-class-meeting-moral-lecture-2019-web.html',
  'scoring-ccfsys-ccc-2023-problems-web.html',
  'scoring-sxyz-running-exercise-class-evaluation-web.html',
];

/** The eighty-seventh batch (corpus/README.md "Batch 87"), labelled before any run and held out until its first run. */
export const HELD_OUT_87 = [
  'agenda-codeoutviolence-datathon-2019-agenda.pdf',
  'agenda-fmstw-nga-2018-annual-meeting-web.html',
  'agenda-prl-neutrino-astrophysics-2025-schedule-web.html',
  'lesson-asm-homework-report-requirements.pdf',
  'lesson-bupt-tetris-course-design-assignment.pdf',
  'lesson-hnie-java-course-design-taskbook.docx',
  'rules-brainware-texibition-2k22-technology-exhibition.pdf',
  'studygroup-elixirseattle-elixir-in-action.md',
  'studygroup-pkuba-colearn-2025-fall.md',
  'studyplan-usu-pols3000-syllabus.md',
  'training-fcsapp-week2-practical-arrangement.docx',
  'workshop-colosseum-young-gladiators-2022-agenda.pdf',
  'workshop-csiam-gdc-topology-design-program-web.html',
];

/** The eighty-eighth batch (corpus/README.md "Batch 88"), labelled before any run and held out until its first run. */
export const HELD_OUT = [
  'agenda-csama-brixen-2023-programme.md',
  'charter-bcit-2910-wasted-team-charter.docx',
  'charter-rys-rtc-chatbot-team.docx',
  'plan-bcit-2910-wasted-project-summary.docx',
  'plan-engops-demo-fair-runbook.md',
  'plan-icersite-computer-assoc-term-plan.md',
  'plan-icersite-computer-assoc-winter-homework.md',
  'plan-qut-cab203-graphs-project-brief.pdf',
  'rules-crce-nss-camp-2026-rulebook.pdf',
  'scoring-uofthacks13-judging-criteria.md',
  'studyplan-shanghaitech-cs282-ml-syllabus.pdf',
];

/** Batches 2 to 88 in order (corpus/README.md); a document in none of them came in batch 1. */
export const LATER_BATCHES = [
  HELD_OUT_2,
  HELD_OUT_3,
  HELD_OUT_4,
  HELD_OUT_5,
  HELD_OUT_6,
  HELD_OUT_7,
  HELD_OUT_8,
  HELD_OUT_9,
  HELD_OUT_10,
  HELD_OUT_11,
  HELD_OUT_12,
  HELD_OUT_13,
  HELD_OUT_14,
  HELD_OUT_15,
  HELD_OUT_16,
  HELD_OUT_17,
  HELD_OUT_18,
  HELD_OUT_19,
  HELD_OUT_20,
  HELD_OUT_21,
  HELD_OUT_22,
  HELD_OUT_23,
  HELD_OUT_24,
  HELD_OUT_25,
  HELD_OUT_26,
  HELD_OUT_27,
  HELD_OUT_28,
  HELD_OUT_29,
  HELD_OUT_30,
  HELD_OUT_31,
  HELD_OUT_32,
  HELD_OUT_33,
  HELD_OUT_34,
  HELD_OUT_35,
  HELD_OUT_36,
  HELD_OUT_37,
  HELD_OUT_38,
  HELD_OUT_39,
  HELD_OUT_40,
  HELD_OUT_41,
  HELD_OUT_42,
  HELD_OUT_43,
  HELD_OUT_44,
  HELD_OUT_45,
  HELD_OUT_46,
  HELD_OUT_47,
  HELD_OUT_48,
  HELD_OUT_49,
  HELD_OUT_50,
  HELD_OUT_51,
  HELD_OUT_52,
  HELD_OUT_53,
  HELD_OUT_54,
  HELD_OUT_55,
  HELD_OUT_56,
  HELD_OUT_57,
  HELD_OUT_58,
  HELD_OUT_59,
  HELD_OUT_60,
  HELD_OUT_61,
  HELD_OUT_62,
  HELD_OUT_63,
  HELD_OUT_64,
  HELD_OUT_65,
  HELD_OUT_66,
  HELD_OUT_67,
  HELD_OUT_68,
  HELD_OUT_69,
  HELD_OUT_70,
  HELD_OUT_71,
  HELD_OUT_72,
  HELD_OUT_73,
  HELD_OUT_74,
  HELD_OUT_75,
  HELD_OUT_76,
  HELD_OUT_77,
  HELD_OUT_78,
  HELD_OUT_79,
  HELD_OUT_80,
  HELD_OUT_81,
  HELD_OUT_82,
  HELD_OUT_83,
  HELD_OUT_84,
  HELD_OUT_85,
  HELD_OUT_86,
  HELD_OUT_87,
  HELD_OUT,
];

/**
 * Documents whose text cannot be read: a PDF whose fonts carry no map from glyphs to characters (its gold was typed
 * from the page images). The reader refuses them with a message; they score as nothing imported.
 */
export const UNREADABLE = ['notice-missing-semester-course-arrangement.pdf'];
