using Campus.Testing;

namespace Campus.Web.Tests;

/// <summary>Tests in this collection share one started host (seeding the demo district takes a few seconds).</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<CampusWebFactory>
{
    public const string Name = "host";
}
