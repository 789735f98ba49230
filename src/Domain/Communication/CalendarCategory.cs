namespace Campus.Domain.Communication;

public enum CalendarCategory
{
    Event = 0,
    NoSchool = 1,
    EarlyRelease = 2,
    Holiday = 3,
}
