using Campus.Testing;

namespace Campus.Web.Tests;

/// <summary>
/// Tests in this collection share one started host (seeding the demo district takes a few seconds). Every test that
/// starts a host belongs here, also those that start their own: Hangfire keeps static state, so hosts must not start in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<CampusWebFactory>
{
    public const string Name = "host";
}
