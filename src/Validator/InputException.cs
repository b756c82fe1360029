namespace BoundCheck.Validator;

/// <summary>
/// A setting the library cannot build from what the user gave (unknown activation or model family, a width below 1,
/// a bad data spec, weights that do not fit): user input, so the CLI exits 2 with the message, never a stack trace.
/// </summary>
public sealed class InputException(string message) : Exception(message);
