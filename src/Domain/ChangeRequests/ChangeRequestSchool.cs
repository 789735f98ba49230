namespace Campus.Domain.ChangeRequests;

/// <summary>A school whose staff may review the request: the student's, or every school of a household's students.</summary>
public class ChangeRequestSchool
{
    public int ChangeRequestId { get; set; }
    public int SchoolId { get; set; }
}
