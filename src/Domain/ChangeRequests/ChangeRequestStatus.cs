namespace Campus.Domain.ChangeRequests;

public enum ChangeRequestStatus
{
    Pending = 0,
    Approved = 1,
    PartlyApproved = 2,
    Rejected = 3,
    Withdrawn = 4,
}
