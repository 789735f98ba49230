namespace Campus.Domain.ChangeRequests;

public enum FieldDecision
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
}
