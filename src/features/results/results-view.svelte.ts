// Which view of the results is shown (the tab). Shared so that the workshop tour can open the
// tab its step points into; the results page itself is the only other writer.

export const RESULT_VIEWS = ['segments', 'value', 'predict', 'health', 'movement', 'surveys', 'plan', 'campaigns'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

class ResultsViewState {
  current = $state<ResultView>('segments');
}

export const resultsView = new ResultsViewState();
