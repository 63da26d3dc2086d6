import { Component, type ComponentChild } from 'preact';

/**
 * A component that re-renders only when a prop changed (shallow), like React's `memo`, without
 * preact/compat, whose import patches Preact's options globally. Rows use it: with 200 accounts
 * a keystroke in the search box must not re-render rows that did not change.
 */
export function pure<Props extends object>(render: (props: Props) => ComponentChild) {
  return class Pure extends Component<Props> {
    override shouldComponentUpdate(next: Props) {
      return differs(this.props, next);
    }
    override render(props: Props) {
      return render(props);
    }
  };
}

function differs(previous: object, next: object): boolean {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return true;
  for (const key in after) if (before[key] !== after[key]) return true;
  return false;
}
