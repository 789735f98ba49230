using Campus.Domain.Organization;

namespace Campus.Domain.Tests;

public sealed class GradeSpanTests
{
    [Theory]
    [InlineData(0, 5, 0, true)]
    [InlineData(0, 5, 5, true)]
    [InlineData(0, 5, 6, false)]
    [InlineData(6, 8, -1, false)]
    public void Contains_its_grades_inclusive(int lowest, int highest, int grade, bool expected) =>
        Assert.Equal(expected, new GradeSpan(lowest, highest).Contains(grade));

    [Theory]
    [InlineData(5, 0)]
    [InlineData(-2, 5)]
    [InlineData(0, 13)]
    public void Rejects_an_impossible_span(int lowest, int highest) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GradeSpan(lowest, highest));

    [Theory]
    [InlineData(-1, "PK")]
    [InlineData(0, "K")]
    [InlineData(7, "7")]
    public void Grade_codes_read_as_schools_write_them(int grade, string code) =>
        Assert.Equal(code, GradeLevel.Code(grade));
}
