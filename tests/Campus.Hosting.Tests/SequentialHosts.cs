// Each test here starts a host of its own, with settings the shared host of Campus.Web.Tests does not have. Hangfire
// keeps static state (its log provider, its storage), so two hosts must never live at once in one process: these
// tests run one after another, in a process apart from the shared host's.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
