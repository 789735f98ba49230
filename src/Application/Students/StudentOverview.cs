namespace Campus.Application.Students;

public sealed record StudentOverview(
    int Id,
    string FullName,
    string LocalStudentNumber,
    string GradeCode,
    string SchoolName,
    DateOnly BirthDate,
    IReadOnlyList<ScheduleRow> Schedule,
    IReadOnlyList<EmergencyContactRow> EmergencyContacts);

public sealed record ScheduleRow(string TermName, string PeriodName, TimeOnly StartTime, TimeOnly EndTime, string CourseName, string TeacherName, string RoomName);

public sealed record EmergencyContactRow(int Priority, string Name, string Relationship, string Phone, string? AlternatePhone);
