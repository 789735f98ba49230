namespace Campus.Domain.Email;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,

    /// <summary>Claimed by one send job; no other job may send the row while it is in this state.</summary>
    Sending = 3,
}
