namespace Campus.Domain.Communication;

public enum MessageKind
{
    Announcement = 1,
    TeacherMessage = 2,
}
