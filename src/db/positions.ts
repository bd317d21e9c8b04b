import { markShifts, type Shift } from '../domain/positions.js';
import { PART_OF_DEPTH, STANCE_REL, STATEMENT_REL, type Stance } from '../domain/vocabulary.js';
import type { Reader, Row } from './graph.js';
import { type EntityRecord, type StatementRecord, toEntity, toStatement } from './records.js';

/**
 * The stances an entity took toward a topic or model (or its parts, PART_OF) over time. Its voices:
 * the entity itself and, for an organization, the people who WORK_FOR it. Evidence: statements a
 * voice made whose ABOUT relationship carries a stance, and events a voice organised or took part
 * in that carry a STANCE_ON (a release under an open licence). Oldest first, by the day said (else
 * the statement's event's day), then by place in the article; undated last.
 */
const POSITIONS = `
MATCH (x:Entity {slug: $entity})
MATCH (:Entity {slug: $about})<-[:PART_OF*0..${PART_OF_DEPTH}]-(subject:Entity)
WITH x, collect(DISTINCT subject) AS subjects
CALL (x) {
  RETURN x AS voice, 0 AS rank
  UNION
  MATCH (x)<-[:WORKS_FOR]-(voice:Person) WHERE x:Organization
  RETURN voice, 1 AS rank
}
CALL (voice, subjects) {
  MATCH (voice)-[:SAID]->(s:Statement)-[r:${STATEMENT_REL.ABOUT}]->(subject:Entity)
  WHERE subject IN subjects AND r.stance IS NOT NULL
  OPTIONAL MATCH (s)-[:AT_EVENT]->(at:Event)
  RETURN s.id AS key, coalesce(s.saidOn, at.startsOn) AS date, r.stance AS stance,
         r.stanceConfidence AS confidence, subject, properties(s) AS statement, null AS event,
         head(COLLECT { MATCH (s)<-[rep:REPORTS]-() RETURN rep.position AS p ORDER BY p LIMIT 1 }) AS position
  UNION ALL
  MATCH (ev:Event)-[r:${STANCE_REL.STANCE_ON}]->(subject:Entity)
  WHERE subject IN subjects AND ((ev)-[:ORGANIZED_BY]->(voice) OR (voice)-[:PARTICIPATED_IN]->(ev))
  RETURN ev.slug AS key, ev.startsOn AS date, r.stance AS stance, r.confidence AS confidence, subject,
         null AS statement, properties(ev) AS event, 0 AS position
}
// An event organised by the company and attended by its CEO is one position: keep the entity's own voice.
WITH key, subject, date, stance, confidence, statement, event, position, voice, rank
ORDER BY key, subject.slug, rank
WITH key, subject, date, stance, confidence, statement, event, position, head(collect(voice)) AS voice
RETURN properties(subject) AS about, properties(voice) AS voice, toString(date) AS date, stance, confidence,
       statement, event
ORDER BY date IS NULL, date, coalesce(position, 999999), key, about.slug
LIMIT $first`;

export interface PositionEntry {
  date: string | null;
  stance: Stance;
  confidence: string | null;
  /** What the stance is toward: the topic asked about, or one of its parts. */
  about: EntityRecord;
  /** Who took it: the entity asked about, or a person who works for it. */
  by: EntityRecord;
  statement: StatementRecord | null;
  event: EntityRecord | null;
}

export type Position = PositionEntry & Shift;

function toPosition(row: Row): PositionEntry {
  return {
    date: row.date === null ? null : String(row.date),
    stance: String(row.stance) as Stance,
    confidence: row.confidence === null ? null : String(row.confidence),
    about: toEntity(row.about),
    by: toEntity(row.voice),
    statement: row.statement === null ? null : toStatement(row.statement),
    event: row.event === null ? null : toEntity(row.event),
  };
}

/** The oldest `first` positions, each marked where it differs from the one before. */
export async function positions(
  graph: Reader,
  entity: string,
  about: string,
  first: number,
): Promise<Position[]> {
  const rows = await graph.read(POSITIONS, { entity, about, first });
  return markShifts(rows.map(toPosition));
}
