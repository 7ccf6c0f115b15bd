// Whether the scoring settings panel is open: kept across re-scoring and screen changes in this
// tab, so a user tuning the bins does not have to reopen it after every change.
class SettingsPanelState {
  open = $state(false);
}

export const settingsPanel = new SettingsPanelState();
