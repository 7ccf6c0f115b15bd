// The workshop tour: the three stages of customer value management, told on the demo shop, one
// place on the screen per step. Each step names the results tab it needs and the element it points
// at (`data-tour="<id>"`); its words are the catalog's `tour.step.<id>.title` and `.text`.
// A step whose capability the app does not have is not listed: the tour never points at nothing.

/** The results tabs the tour visits (ResultsPage's views). */
export type TourView = 'segments' | 'value' | 'surveys' | 'plan' | 'health' | 'campaigns' | 'movement';

export type TourStage = 1 | 2 | 3;

export interface TourStep {
  readonly id: string;
  /** 1 what each customer is worth, 2 communicating value, 3 measuring and re-segmenting. */
  readonly stage: TourStage;
  readonly view: TourView;
}

export const TOUR_STEPS = [
  { id: 'totals', stage: 1, view: 'segments' },
  { id: 'scores', stage: 1, view: 'segments' },
  { id: 'segments', stage: 1, view: 'segments' },
  { id: 'map', stage: 1, view: 'segments' },
  { id: 'value', stage: 1, view: 'value' },
  { id: 'survey', stage: 1, view: 'surveys' },
  { id: 'playbook', stage: 2, view: 'plan' },
  { id: 'cascade', stage: 2, view: 'plan' },
  { id: 'saving', stage: 2, view: 'plan' },
  { id: 'health', stage: 3, view: 'health' },
  { id: 'campaign', stage: 3, view: 'campaigns' },
  { id: 'movement', stage: 3, view: 'movement' },
  { id: 'mix', stage: 3, view: 'movement' },
] as const satisfies readonly TourStep[];

export type TourStepId = (typeof TOUR_STEPS)[number]['id'];

/** The steps grouped by stage, in order, each with its index in the whole tour (for the step list). */
export function stepsByStage(steps: readonly TourStep[]): { stage: TourStage; steps: { step: TourStep; index: number }[] }[] {
  const groups: { stage: TourStage; steps: { step: TourStep; index: number }[] }[] = [];
  steps.forEach((step, index) => {
    const last = groups.at(-1);
    if (last && last.stage === step.stage) last.steps.push({ step, index });
    else groups.push({ stage: step.stage, steps: [{ step, index }] });
  });
  return groups;
}
