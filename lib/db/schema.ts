import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// Better Auth's four tables, in the shape its Drizzle adapter reads (field names are its own).
export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role', { enum: ['teacher', 'student'] }).notNull().default('teacher'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (table) => [index('session_user_idx').on(table.userId)],
);

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('account_user_idx').on(table.userId)],
);

export const verification = pgTable(
  'verification',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('verification_identifier_idx').on(table.identifier)],
);

/** Settings every instance must share, such as the secret that signs session cookies. */
export const appSetting = pgTable('app_setting', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

/** Fixed-window counters for rate limits; in the database so that every instance sees the same counts. */
export const rateLimit = pgTable('rate_limit', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowStartedAt: bigint('window_started_at', { mode: 'number' }).notNull(),
});

export const classroom = pgTable(
  'classroom',
  {
    id: text('id').primaryKey(),
    teacherId: text('teacher_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    joinCode: text('join_code').notNull().unique(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('classroom_teacher_idx').on(table.teacherId)],
);

/** A student is a user without email or password; the re-entry code signs them in on another device. */
export const student = pgTable('student', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  reentryCode: text('reentry_code').notNull().unique(),
  createdAt: createdAt(),
});

export const enrolment = pgTable(
  'enrolment',
  {
    classId: text('class_id')
      .notNull()
      .references(() => classroom.id, { onDelete: 'cascade' }),
    studentId: text('student_id')
      .notNull()
      .references(() => student.userId, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.classId, table.studentId] }), index('enrolment_student_idx').on(table.studentId)],
);

/** A passage a teacher added in the browser: the same shape the reader renders, kept as JSON. */
export const teacherPassage = pgTable(
  'teacher_passage',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    titleHi: text('title_hi').notNull(),
    titleEn: text('title_en').notNull(),
    passage: jsonb('passage').notNull(),
    entries: jsonb('entries').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('teacher_passage_owner_slug_idx').on(table.ownerId, table.slug)],
);

export type PassageSource = 'library' | 'teacher';

export const assignment = pgTable(
  'assignment',
  {
    id: text('id').primaryKey(),
    classId: text('class_id')
      .notNull()
      .references(() => classroom.id, { onDelete: 'cascade' }),
    passageSource: text('passage_source', { enum: ['library', 'teacher'] }).notNull(),
    /** The library slug or the teacher passage's id. */
    passageRef: text('passage_ref').notNull(),
    title: text('title').notNull(),
    firstSentence: integer('first_sentence').notNull(),
    lastSentence: integer('last_sentence').notNull(),
    instructions: text('instructions').notNull().default(''),
    dueAt: timestamp('due_at', { withTimezone: true }),
    tasks: jsonb('tasks').notNull(),
    /** The quiz is fixed when the assignment is made, so every student answers the same questions. */
    quiz: jsonb('quiz').notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
  },
  (table) => [index('assignment_class_idx').on(table.classId)],
);

export const submission = pgTable(
  'submission',
  {
    id: text('id').primaryKey(),
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => assignment.id, { onDelete: 'cascade' }),
    studentId: text('student_id')
      .notNull()
      .references(() => student.userId, { onDelete: 'cascade' }),
    status: text('status', { enum: ['draft', 'submitted'] }).notNull().default('draft'),
    answers: jsonb('answers').notNull(),
    quizScore: real('quiz_score'),
    meanChrf: real('mean_chrf'),
    scores: jsonb('scores'),
    feedback: jsonb('feedback').notNull().default(sql`'{}'::jsonb`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('submission_assignment_student_idx').on(table.assignmentId, table.studentId)],
);

/** Which English sentence of a passage a student revealed, and when (the first time). */
export const reveal = pgTable(
  'reveal',
  {
    studentId: text('student_id')
      .notNull()
      .references(() => student.userId, { onDelete: 'cascade' }),
    passageSource: text('passage_source', { enum: ['library', 'teacher'] }).notNull(),
    passageRef: text('passage_ref').notNull(),
    sentence: integer('sentence').notNull(),
    revealedAt: timestamp('revealed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.studentId, table.passageSource, table.passageRef, table.sentence] })],
);

/**
 * How well a signed-in reader knows a word family (its key from `lib/words`), the same in every
 * passage. A family with no row is new.
 */
export const wordStatus = pgTable(
  'word_status',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    family: text('family').notNull(),
    status: text('status', { enum: ['learning', 'known'] }).notNull(),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.family] })],
);

/**
 * A glossary term, word or sentence a signed-in reader saved, with the sentence it came from, and
 * its spaced-repetition state in each direction (ts-fsrs cards as JSON).
 */
export const savedItem = pgTable(
  'saved_item',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['term', 'word', 'sentence'] }).notNull(),
    hindi: text('hindi').notNull(),
    english: text('english').notNull().default(''),
    entryId: text('entry_id'),
    contextHindi: text('context_hindi').notNull().default(''),
    contextEnglish: text('context_english').notNull().default(''),
    passageSource: text('passage_source', { enum: ['library', 'teacher'] }),
    passageRef: text('passage_ref'),
    sentence: integer('sentence'),
    review: jsonb('review').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('saved_item_user_kind_hindi_idx').on(table.userId, table.kind, table.hindi)],
);
