// The survey list's state over a fake IndexedDB: what the surveys screen shows after each change
// the user makes (save, edit after answers, an answer typed in and undone, delete), and the
// session's surveys screen, which needs no analysis.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/app/session.svelte';
import { SurveyList } from '../../src/features/survey-builder/surveys.svelte';
import { configFromPreset } from '../../src/lib/archetypes/presets';
import type { ScoringSettings } from '../../src/lib/engine/api';
import { resetConnection } from '../../src/lib/storage/connection';
import { listAnswers } from '../../src/lib/storage/surveys';
import { emptyForm } from '../../src/lib/surveys/manual-answer';
import { editOf } from '../../src/lib/surveys/survey-edit';
import { currentVersion } from '../../src/lib/surveys/survey';
import { fakeEngines } from './helpers/fake-engine';
import { SHOP_TEXT } from './helpers/survey-text';

const TEXT = SHOP_TEXT;

let clock = 0;
const now = () => new Date(Date.UTC(2026, 11, 2, 10, 0, clock++));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetConnection();
  clock = 0;
});

const copyName = (name: string) => `${name} (this tab)`;
const NEW = { isNew: true, copyName };
const OPENED = { isNew: false, copyName };

describe('the survey list', () => {
  it('saves a new survey, then edits it in place while it has no answers', async () => {
    const list = new SurveyList(now);
    await list.refresh();
    expect(list.loaded).toBe(true);
    expect(list.surveys).toEqual([]);
    const draft = list.draft(TEXT);
    expect(list.surveys).toEqual([]);
    const saved = await list.save(draft, ' Café ', editOf(currentVersion(draft)), NEW);
    expect(saved?.name).toBe('Café');
    expect(list.surveys.map((s) => s.name)).toEqual(['Café']);
    const edit = editOf(currentVersion(saved!));
    edit.questions.matters.options = ['Price', 'Speed of service'];
    const again = await list.save(saved!, 'Café', edit, OPENED);
    expect(again?.versions.map((v) => v.version)).toEqual([1]);
    expect(currentVersion(list.surveys[0]).questions.matters.options).toEqual(['Price', 'Speed of service']);
  });

  it('counts answers typed in, per version, and an edit after answers makes version 2', async () => {
    const list = new SurveyList(now);
    const draft = list.draft(TEXT);
    const survey = (await list.save(draft, 'Shop', editOf(currentVersion(draft)), NEW))!;
    const first = await list.enter(survey, { ...emptyForm(), nps: 9, matters: ['Price'] });
    await list.enter(survey, { ...emptyForm(), satisfaction: 2 });
    expect(await list.enter(survey, emptyForm())).toBeNull();
    expect(first).toMatchObject({ source: 'manual', version: 1, answer: { nps: 9, matters: ['Price'] } });
    expect(list.summary(survey.id)).toMatchObject({ count: 2, perVersion: new Map([[1, 2]]) });
    const edit = editOf(currentVersion(survey));
    edit.questions.matters.options = ['Price', 'Speed'];
    const v2 = (await list.save(survey, 'Shop', edit, OPENED))!;
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(v2.versions[0].questions.matters.options).toEqual(['Speed of service', 'Price']);
    const latest = await list.enter(v2, { ...emptyForm(), nps: 10 });
    expect(latest?.version).toBe(2);
    expect(list.summary(survey.id).perVersion).toEqual(new Map([[1, 2], [2, 1]]));
    expect(list.summary(survey.id).last).toBe(latest?.answeredAt);
    // Undo of a slip: the answer is gone from the device and from the counts.
    expect(await list.undo(first!.id)).toBe(true);
    expect(list.summary(survey.id).count).toBe(2);
    expect((await listAnswers(survey.id)).answers.map((a) => a.id)).not.toContain(first!.id);
  });

  it('gives the answers as CSV and deletes a survey saying how many answers went', async () => {
    const list = new SurveyList(now);
    const draft = list.draft(TEXT);
    const survey = (await list.save(draft, 'Shop', editOf(currentVersion(draft)), NEW))!;
    await list.enter(survey, { ...emptyForm(), nps: 3, text: '=1+1' });
    const csv = new TextDecoder().decode((await list.csv(survey.id))!);
    expect(csv.split(/\r?\n/)[1]).toBe("2026-12-02T10:00:02.000Z,manual,1,,3,,,'=1+1");
    expect(await list.remove(survey.id)).toBe(1);
    expect(list.surveys).toEqual([]);
    expect(list.summary(survey.id).count).toBe(0);
  });
});

describe('two tabs edit one survey', () => {
  /** Both tabs have the survey open in the editor, as read from the device. */
  async function openedInTwoTabs() {
    const first = new SurveyList(now);
    const draft = first.draft(TEXT);
    await first.save(draft, 'Shop', editOf(currentVersion(draft)), NEW);
    const second = new SurveyList(now);
    await second.refresh();
    return { first, second, opened: first.surveys[0], openedThere: second.surveys[0] };
  }

  it('the later save does not write over the earlier one: it is kept as a copy, and the user is told', async () => {
    const { first, second, opened, openedThere } = await openedInTwoTabs();
    await first.save(opened, 'Renamed in the first tab', editOf(currentVersion(opened)), OPENED);
    const copy = await second.save(openedThere, 'Renamed in the second tab', editOf(currentVersion(openedThere)), OPENED);
    expect(copy?.name).toBe('Renamed in the second tab (this tab)');
    expect(copy?.id).not.toBe(opened.id);
    expect(second.notice).toEqual({ kind: 'copied', name: 'Renamed in the second tab', copy: 'Renamed in the second tab (this tab)' });
    expect(second.surveys.map((s) => s.name).sort()).toEqual(['Renamed in the first tab', 'Renamed in the second tab (this tab)']);
  });

  it('a save of a survey deleted in the other tab writes nothing until kept as new', async () => {
    const { first, second, opened, openedThere } = await openedInTwoTabs();
    expect(await first.remove(opened.id)).toBe(0);
    expect(await second.save(openedThere, 'Late edit', editOf(currentVersion(openedThere)), OPENED)).toBeNull();
    expect(second.notice).toEqual({ kind: 'deleted', name: 'Late edit' });
    expect(second.surveys).toEqual([]);
    const kept = await second.keepAsNew();
    expect(kept?.name).toBe('Late edit');
    expect(second.notice).toBeNull();
    expect(second.surveys.map((s) => s.name)).toEqual(['Late edit']);
  });

  it('a delete does not remove a version the other tab saved after the one this tab shows', async () => {
    const { first, second, opened, openedThere } = await openedInTwoTabs();
    await first.save(opened, 'Newer', editOf(currentVersion(opened)), OPENED);
    expect(await second.remove(openedThere.id)).toBeNull();
    expect(second.notice).toEqual({ kind: 'not-deleted', name: 'Shop' });
    expect(second.surveys.map((s) => s.name)).toEqual(['Newer']);
  });
});

describe('the surveys screen in the session', () => {
  it('is shown whenever the user goes to it, with no analysis, and back to import', () => {
    const fakes = fakeEngines();
    const session = new Session({
      startEngine: fakes.start,
      configs: { load: async () => undefined, resolve: (_id: string, grid: ScoringSettings['bins']) => configFromPreset('default', grid) },
      scoringDefaults: () => ({}),
    });
    session.send({ type: 'go', to: 'surveys' });
    expect(session.screen).toEqual({ name: 'surveys' });
    session.send({ type: 'go', to: 'import' });
    expect(session.screen.name).toBe('import');
  });
});
