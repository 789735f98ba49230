using Campus.Domain.Organization;

namespace Campus.Domain.Scheduling;

/// <summary>One class of a course: taught by a teacher, in a room, in a period, during a term.</summary>
public class Section
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public int TermId { get; set; }
    public Term? Term { get; set; }
    public int TeacherId { get; set; }
    public Teacher? Teacher { get; set; }
    public int RoomId { get; set; }
    public Room? Room { get; set; }
    public int PeriodId { get; set; }
    public Period? Period { get; set; }
    public required string SectionNumber { get; set; }
}
