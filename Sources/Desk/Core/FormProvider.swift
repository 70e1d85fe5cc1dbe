import Procedure

/// Where the Desk gets its forms: the form factory in production, anything in tests.
public struct FormProvider: Sendable {
    public var forAction: @Sendable (ActionKind, FormContext) -> FormState?
    public var forNewDossier: @Sendable (FormContext) -> FormState?

    public init(forAction: @escaping @Sendable (ActionKind, FormContext) -> FormState?,
                forNewDossier: @escaping @Sendable (FormContext) -> FormState?) {
        self.forAction = forAction
        self.forNewDossier = forNewDossier
    }

    /// The form of every step, from `FormFactory`.
    public static let standard = FormProvider(
        forAction: { kind, context in FormFactory.form(for: kind, context: context) },
        forNewDossier: { context in FormFactory.newDossier(context: context) })

    /// No forms: steps without input ask y/N, the rest say there is no form.
    public static let none = FormProvider(forAction: { _, _ in nil }, forNewDossier: { _ in nil })
}

extension Refusal {
    /// The refusal's message in both languages.
    public var localized: Localized { Localized(vi: message(.vi), en: message(.en)) }
}
