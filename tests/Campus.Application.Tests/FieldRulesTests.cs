using Campus.Application.ChangeRequests.Kinds;

namespace Campus.Application.Tests;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("303-555-0110", "(303) 555-0110")]
    [InlineData("(303) 555 0110", "(303) 555-0110")]
    [InlineData("+1 303.555.0110", "(303) 555-0110")]
    [InlineData(" 3035550110 ", "(303) 555-0110")]
    public void Phone_numbers_are_written_one_way(string typed, string stored) =>
        Assert.Equal((stored, null), FieldRules.Phone(typed, required: true));

    [Theory]
    [InlineData("555-0110")]
    [InlineData("(012) 555-0110")]
    [InlineData("303-555-O110")]
    [InlineData("303 555 01100")]
    public void Impossible_phone_numbers_are_refused(string typed) =>
        Assert.Equal(FieldMessages.Phone, FieldRules.Phone(typed, required: true).ErrorKey);

    [Fact]
    public void An_empty_optional_phone_is_no_phone() =>
        Assert.Equal((null, null), FieldRules.Phone("  ", required: false));

    [Theory]
    [InlineData("Name@Example.com", "name@example.com", null)]
    [InlineData("name@example", "name@example", FieldMessages.Email)]
    [InlineData("name example.com", "name example.com", FieldMessages.Email)]
    public void Emails(string typed, string value, string? error) =>
        Assert.Equal((value, error), FieldRules.Email(typed, required: false));

    [Theory]
    [InlineData("80031", null)]
    [InlineData("80031-1234", null)]
    [InlineData("8003", FieldMessages.PostalCode)]
    [InlineData("ABCDE", FieldMessages.PostalCode)]
    public void Zip_codes(string typed, string? error) =>
        Assert.Equal(error, FieldRules.PostalCode(typed).ErrorKey);

    [Theory]
    [InlineData("co", "CO", null)]
    [InlineData("Colorado", "Colorado", FieldMessages.State)]
    [InlineData("C1", "C1", FieldMessages.State)]
    public void States(string typed, string value, string? error) =>
        Assert.Equal((value, error), FieldRules.State(typed));

    [Theory]
    [InlineData("2015-04-30", null)]
    [InlineData("2025-01-01", FieldMessages.BirthDate)]
    [InlineData("1990-01-01", FieldMessages.BirthDate)]
    [InlineData("30/04/2015", FieldMessages.Date)]
    [InlineData("2015-02-30", FieldMessages.Date)]
    public void Birth_dates_must_be_real_and_plausible(string typed, string? error) =>
        Assert.Equal(error, FieldRules.BirthDate(typed, new DateOnly(2026, 12, 3)).ErrorKey);

    [Theory]
    [InlineData("Ana-María", null)]
    [InlineData("O'Neil", null)]
    [InlineData("R2D2", FieldMessages.Name)]
    [InlineData("", FieldMessages.Required)]
    public void Names(string typed, string? error) =>
        Assert.Equal(error, FieldRules.PersonName(typed, required: true).ErrorKey);

    [Fact]
    public void Inner_white_space_is_folded() =>
        Assert.Equal("123 Main St", FieldRules.Street("  123   Main St ").Value);
}
