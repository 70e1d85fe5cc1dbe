import Procedure
