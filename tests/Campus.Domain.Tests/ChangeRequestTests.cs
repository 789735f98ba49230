using Campus.Domain.ChangeRequests;

namespace Campus.Domain.Tests;

public sealed class ChangeRequestTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);

    private static ChangeRequest Pending() => new()
    {
        Kind = "home-address",
        Fields =
        [
            new ChangeRequestField { Field = "Street", Label = "Street address", ValueAtSubmission = "1 Old Rd", RequestedValue = "2 New Rd" },
            new ChangeRequestField { Field = "City", Label = "City", ValueAtSubmission = "Westminster", RequestedValue = "Arvada" },
        ],
    };

    [Fact]
    public void Approving_every_field_approves_the_request()
    {
        var request = Pending();
        var stamp = request.ConcurrencyStamp;

        request.Approve(new HashSet<string> { "Street", "City" }, null, "staff-1", Now);

        Assert.Equal(ChangeRequestStatus.Approved, request.Status);
        Assert.All(request.Fields, f => Assert.Equal(FieldDecision.Accepted, f.Decision));
        Assert.NotEqual(stamp, request.ConcurrencyStamp);
        Assert.Equal("staff-1", request.DecidedByUserId);
    }

    [Fact]
    public void Approving_some_fields_is_a_partial_approval()
    {
        var request = Pending();

        request.Approve(new HashSet<string> { "City" }, "Street needs proof of residence", "staff-1", Now);

        Assert.Equal(ChangeRequestStatus.PartlyApproved, request.Status);
        Assert.Equal(FieldDecision.Declined, request.Fields.Single(f => f.Field == "Street").Decision);
        Assert.Equal("Street needs proof of residence", request.DecisionReason);
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var request = Pending();

        Assert.Throws<ArgumentException>(() => request.Reject("  ", "staff-1", Now));
        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void A_decided_request_cannot_be_decided_or_withdrawn_again()
    {
        var request = Pending();
        request.Reject("Not our records", "staff-1", Now);

        Assert.Throws<ChangeRequestAlreadyDecidedException>(() => request.Approve(new HashSet<string> { "City" }, null, "staff-2", Now));
        Assert.Throws<ChangeRequestAlreadyDecidedException>(() => request.Withdraw(Now));
        Assert.Equal(ChangeRequestStatus.Rejected, request.Status);
    }

    [Fact]
    public void Unknown_fields_cannot_be_accepted() =>
        Assert.Throws<ArgumentException>(() => Pending().Approve(new HashSet<string> { "Phone" }, null, "staff-1", Now));

    [Fact]
    public void An_approval_ahead_of_the_effective_date_waits_and_is_applied_once()
    {
        var request = Pending();
        request.EffectiveDate = new DateOnly(2026, 12, 20);
        request.Approve(new HashSet<string> { "Street", "City" }, null, "staff-1", Now);

        Assert.True(request.WaitsForEffectiveDate(new DateOnly(2026, 12, 3)));
        Assert.False(request.WaitsForEffectiveDate(new DateOnly(2026, 12, 20)));
        Assert.True(request.IsScheduled);

        request.MarkApplied(Now);

        Assert.False(request.IsScheduled);
        Assert.Throws<InvalidOperationException>(() => request.MarkApplied(Now));
    }

    [Fact]
    public void A_rejected_request_is_never_applied()
    {
        var request = Pending();
        request.Reject("No", "staff-1", Now);

        Assert.False(request.IsScheduled);
        Assert.Throws<InvalidOperationException>(() => request.MarkApplied(Now));
    }
}
