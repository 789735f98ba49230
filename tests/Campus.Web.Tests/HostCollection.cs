using Campus.Testing;

namespace Campus.Web.Tests;

/// <summary>
/// Tests in this collection share one started host (seeding the demo district takes a few seconds). It is the only
/// host in this process: Hangfire keeps static state, so tests that need a host with other settings live in
/// Campus.Hosting.Tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<CampusWebFactory>
{
    public const string Name = "host";
}
