namespace Campus.Application.ChangeRequests;

public enum FieldInput
{
    Text,
    Telephone,
    Email,
    Date,
    Choice,
    Checkbox,
    Number,
}
