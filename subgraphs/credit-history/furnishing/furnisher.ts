/** The furnisher of a record or account as a Partner reference (users resolves it); null when no partner furnished it. */
export const furnisherOf = ({ furnisherId }: { furnisherId: string | null }) =>
  furnisherId === null ? null : { id: furnisherId };
