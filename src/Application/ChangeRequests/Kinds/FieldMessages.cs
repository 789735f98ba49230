namespace Campus.Application.ChangeRequests.Kinds;

/// <summary>Resource keys of the messages shown beside a field that was filled in wrongly.</summary>
public static class FieldMessages
{
    public const string Required = "This field is required.";
    public const string TooLong = "This is too long.";
    public const string Street = "Enter a street address, such as 123 Main St.";
    public const string State = "Enter the two-letter state code, such as CO.";
    public const string PostalCode = "Enter a 5-digit ZIP code, such as 80031 or 80031-1234.";
    public const string Phone = "Enter a phone number with area code, such as (303) 555-0110.";
    public const string Email = "Enter an email address, such as name@example.com.";
    public const string Name = "Use letters, spaces, hyphens and apostrophes only.";
    public const string Date = "Enter a date as year-month-day, such as 2015-04-30.";
    public const string BirthDate = "Enter a birth date in the past that makes the student between 2 and 25 years old.";
    public const string Choice = "Choose one of the listed options.";
    public const string Priority = "Enter a call order from 1 to 9.";
}
