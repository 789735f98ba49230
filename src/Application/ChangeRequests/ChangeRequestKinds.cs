namespace Campus.Application.ChangeRequests;

/// <summary>Every kind the host knows: the core ones and those plugins registered.</summary>
public sealed class ChangeRequestKinds(IEnumerable<IChangeRequestKind> kinds)
{
    private readonly IReadOnlyList<IChangeRequestKind> all = kinds.ToList();

    public IReadOnlyList<IChangeRequestKind> All => all;

    public IChangeRequestKind? Find(string key) => all.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));
}
