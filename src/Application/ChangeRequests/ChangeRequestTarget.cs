namespace Campus.Application.ChangeRequests;

/// <summary>What a kind of request changes: a household, a student or a guardian.</summary>
public enum ChangeRequestTarget
{
    Household,
    Student,
    Guardian,
}
