namespace Campus.Domain.Scheduling;

/// <summary>A student's enrolment in a section: one row of the student's schedule.</summary>
public class ScheduleEntry
{
    public int Id { get; set; }
    public int StudentId { get; set; }
    public int SectionId { get; set; }
    public Section? Section { get; set; }
}
