// What an endpoint outside this machine and its private network receives: shown before the user
// turns one on, and asked for as a confirmation.
export const OUTSIDE_NOTICE =
  'This address is outside this computer and your private network. When you choose "Polish with my model", Afterword will send it ' +
  'the text of each narrative section of that draft (not the session details, not the risk assessment), with the client\'s names, ' +
  'the people named in their profile, other names, dates, phone numbers, email and web addresses, street addresses, ZIP codes, ' +
  'record and insurance numbers and ages over 89 replaced by placeholders such as [CLIENT] and [DATE_1]. The service can read ' +
  'everything else in those sections. Nothing is sent until you choose "Polish with my model" for a draft.';
