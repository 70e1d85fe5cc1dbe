import Desk
import Procedure

/// The forms the Desk opens, from the form factory.
enum Forms {
    static let provider = FormProvider(
        forAction: { _, _ in nil },
        forNewDossier: { _ in nil })
}
