/**
 * Where the staff app shows a record of each kind, opened when the page can open one by address (issue 13.7): the
 * audit log's and the start page's links go through here, so a record kind has one address.
 */
export const recordPage: Record<string, (id: string) => string> = {
  unit: (id) => `/units?id=${id}`,
  organization: () => '/organizations',
  user: () => '/users',
  household: () => '/households',
  membership: () => '/members',
  person: () => '/members',
  transfer: () => '/members?tab=transfers',
  meeting: () => '/meetings',
  petition: (id) => `/petitions?open=${id}`,
  post: (id) => `/posts?open=${id}`,
  report: (id) => `/reports?open=${id}`,
  campaign: (id) => `/campaigns?open=${id}`,
  supervision: (id) => `/supervision?id=${id}`,
  round: (id) => `/rounds?round=${id}`,
  donation: () => '/funds',
  allocation_line: () => '/funds',
  calendar_task: () => '/calendar',
  calendar_template: () => '/calendar',
  calendar_item: () => '/calendar',
  festival: (id) => `/festivals/${id}`,
  report_form: (id) => `/report-forms/${id}`,
  report_submission: (id) => `/report-submissions/${id}`,
};
