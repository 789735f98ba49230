namespace Campus.Domain.Communication;

/// <summary>Marks that one guardian has read one announcement or teacher message.</summary>
public class MessageReceipt
{
    public int Id { get; set; }
    public int GuardianId { get; set; }
    public MessageKind Kind { get; set; }
    public int MessageId { get; set; }
    public DateTime ReadAtUtc { get; set; }
}
