namespace Campus.Application.ChangeRequests;

/// <summary>What the signed-in guardian may ask to change, for the "Update information" page.</summary>
public sealed record UpdateChoices(
    IReadOnlyList<UpdateTarget> Households,
    IReadOnlyList<UpdateTarget> Students,
    IReadOnlyList<UpdateTarget> Guardians);

public sealed record UpdateTarget(int Id, string Name);
