using Campus.Domain.Scheduling;

namespace Campus.Domain.Communication;

/// <summary>A message from a teacher to the guardians of one student.</summary>
public class TeacherMessage
{
    public int Id { get; set; }
    public int TeacherId { get; set; }
    public Teacher? Teacher { get; set; }
    public int StudentId { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime SentAtUtc { get; set; }
}
